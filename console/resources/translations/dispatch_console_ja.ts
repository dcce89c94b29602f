<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit article</source>
        <translation>記事を編集</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新規記事</translation>
    </message>
    <message>
        <source>What an engineer needs to know. Name the entry in the password manager; never write a password here.</source>
        <translation>エンジニアが知っておくべきこと。パスワードマネージャーの項目名を記載し、パスワード自体は絶対にここに書かないでください。</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>顧客(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>拠点(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>トピック(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>件名(&amp;I):</translation>
    </message>
    <message>
        <source>The whole client</source>
        <translation>顧客全体</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Technical assessment of %1</source>
        <translation>%1 の技術評価</translation>
    </message>
    <message>
        <source>Called %1; the answer is free and due by %2 (%3).</source>
        <translation>受付 %1。回答は無料で、期限は %2 (%3) です。</translation>
    </message>
    <message>
        <source>We can restore the client&apos;s service</source>
        <translation>顧客のサービスを復旧できる</translation>
    </message>
    <message>
        <source>How sure the expert is, and what the answer rests on</source>
        <translation>専門家の確信度と、回答の根拠</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Waive the guarantee hours</source>
        <translation>保証時間を免除する</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>サービス復旧までの時間</translation>
    </message>
    <message>
        <source>Time to remove the cause</source>
        <translation>原因除去までの時間</translation>
    </message>
    <message>
        <source>Guarantee hours</source>
        <translation>保証時間</translation>
    </message>
    <message>
        <source>Answered at (%1)</source>
        <translation>回答日時 (%1)</translation>
    </message>
    <message>
        <source>The guarantee is billed: paid up front, its hours no longer change.</source>
        <translation>保証は請求済みです。前払いのため、時間は変更できません。</translation>
    </message>
    <message>
        <source>No NDA on file: the provider&apos;s default NDA is accepted with this request.</source>
        <translation>NDA が締結されていません：この依頼により当社標準 NDA に同意したものとみなされます。</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>評価を記録</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>支払期限超過</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>入金済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Period or ticket</source>
        <translation>対象期間またはチケット</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未払額</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超過日数</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>口座振替</translation>
    </message>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>×</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>充当先</translation>
    </message>
    <message>
        <source>Preview the run</source>
        <translation>請求実行のプレビュー</translation>
    </message>
    <message>
        <source>Show what the run would bill; nothing is written</source>
        <translation>請求実行で請求される内容を表示します（何も書き込まれません）</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>請求を実行</translation>
    </message>
    <message>
        <source>Bill an emergency…</source>
        <translation>緊急対応を請求…</translation>
    </message>
    <message>
        <source>An Express ticket&apos;s invoices at its close: guarantee, restoration, cause</source>
        <translation>エクスプレスチケットの完了時の請求書：保証時間、復旧、原因除去</translation>
    </message>
    <message>
        <source>Sell prepaid credit…</source>
        <translation>前払いクレジットを販売…</translation>
    </message>
    <message>
        <source>Draft the invoice for a block of prepaid credit; the credit arrives on issue</source>
        <translation>前払いクレジットの請求書を下書きします。クレジットは発行時に付与されます</translation>
    </message>
    <message>
        <source>Issue selected</source>
        <translation>選択分を発行</translation>
    </message>
    <message>
        <source>Void draft</source>
        <translation>下書きを無効化</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>クレジットノート…</translation>
    </message>
    <message>
        <source>Correct the selected issued invoice: take back all or some of its lines</source>
        <translation>選択した発行済み請求書を訂正します：明細行の全部または一部を取り消します</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>入金を記録…</translation>
    </message>
    <message>
        <source>Bank statement…</source>
        <translation>銀行明細…</translation>
    </message>
    <message>
        <source>Book the payments of a bank statement, all or none: a CSV file with the columns invoice, amount, paid_on (and reference, method)</source>
        <translation>銀行明細の入金をすべて、またはまったく計上しない形で記帳します。列 invoice, amount, paid_on（と reference, method）を持つ CSV ファイル</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>請求明細</translation>
    </message>
    <message>
        <source>Reword line…</source>
        <translation>明細の文言を変更…</translation>
    </message>
    <message>
        <source>Change the text the client reads on this line</source>
        <translation>この明細行で顧客に表示される文言を変更します</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>明細行を追加…</translation>
    </message>
    <message>
        <source>A charge of your own, or a discount (an amount below zero)</source>
        <translation>独自の請求項目、または値引き（マイナスの金額）</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>明細行を削除</translation>
    </message>
    <message>
        <source>Take the line out of the draft; its work waits for the next run</source>
        <translation>明細行を下書きから外します。その作業は次回の請求実行に回ります</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>Invoices and rates are for the desk only.</source>
        <translation>請求書と単価はサービスデスク担当者のみが閲覧できます。</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>請求書を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue: {0} open.</source>
        <translation>
            <numerusform>支払期限超過の請求書 %n 件：未払額 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>{0} 向け</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Draft for {0} changed: {1}.</source>
        <translation>{0} の下書きを変更しました：{1}。</translation>
    </message>
    <message>
        <source>Reword line</source>
        <translation>明細の文言を変更</translation>
    </message>
    <message>
        <source>Text on the invoice:</source>
        <translation>請求書上の文言:</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>明細行を追加</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文言:</translation>
    </message>
    <message>
        <source>Amount (below zero for a discount):</source>
        <translation>金額（値引きはマイナス）:</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>クレジット済み</translation>
    </message>
    <message>
        <source>Subtotal {0} · tax {1} · total {2}</source>
        <translation>小計 {0}・税 {1}・合計 {2}</translation>
    </message>
    <message>
        <source>Credits {0}: {1}</source>
        <translation>クレジット {0}：{1}</translation>
    </message>
    <message>
        <source> · credited {0}</source>
        <translation>・クレジット済み {0}</translation>
    </message>
    <message>
        <source> · paid {0} · open {1}</source>
        <translation>・入金済み {0}・未払 {1}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Preview of {0}: {1} contracts would give {2} drafts ({3}).</source>
        <translation>{0} のプレビュー：{1} 件の契約から {2} 件の下書きが作成されます（{3}）。</translation>
    </message>
    <message>
        <source>{0} billed: {1} contracts gave {2} drafts ({3}).</source>
        <translation>{0} を請求しました：{1} 件の契約から {2} 件の下書きを作成しました（{3}）。</translation>
    </message>
    <message>
        <source>{0} time entries wait for an approval.</source>
        <translation>承認待ちの作業時間記録が {0} 件あります。</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 時間</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is used up: {2} left.</source>
        <translation>{0} の前払いクレジット（{1}）を使い切りました：残り {2}。</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is running low: {2} left.</source>
        <translation>{0} の前払いクレジット（{1}）の残りが少なくなっています：残り {2}。</translation>
    </message>
    <message>
        <source>Tell {0}.</source>
        <translation>{0} にお知らせください。</translation>
    </message>
    <message>
        <source>Bill an emergency</source>
        <translation>緊急対応を請求</translation>
    </message>
    <message>
        <source>Ticket reference:</source>
        <translation>チケット番号:</translation>
    </message>
    <message>
        <source>{0}: {1} drafts.</source>
        <translation>{0}：下書き {1} 件。</translation>
    </message>
    <message>
        <source>Sell prepaid credit</source>
        <translation>前払いクレジットを販売</translation>
    </message>
    <message>
        <source>No client has a prepaid credit contract yet: add one first.</source>
        <translation>前払いクレジット契約のある顧客がまだありません。先に契約を追加してください。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>Amount (money, or hours for a card that holds hours):</source>
        <translation>金額（時間単位のクレジットの場合は時間数）:</translation>
    </message>
    <message>
        <source>Draft for {0}: {1}. The credit arrives when it is issued.</source>
        <translation>{0} の下書き：{1}。クレジットは発行時に付与されます。</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>請求書を発行</translation>
    </message>
    <message>
        <source>Issue {0} invoices? An issued invoice never changes.</source>
        <translation>{0} 件の請求書を発行しますか？発行済みの請求書は変更できません。</translation>
    </message>
    <message>
        <source>Issued: {0}</source>
        <translation>発行済み：{0}</translation>
    </message>
    <message>
        <source>Draft voided; its work waits for the next run.</source>
        <translation>下書きを無効化しました。その作業は次回の請求実行に回ります。</translation>
    </message>
    <message>
        <source>Credit note drafted for {0}; issue it when it is right.</source>
        <translation>{0} のクレジットノートを下書きしました。内容を確認のうえ発行してください。</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>銀行明細</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Bank statement booked: {0} payments; {1} invoices owe nothing more.</source>
        <translation>銀行明細を記帳しました：入金 {0} 件、完済した請求書 {1} 件。</translation>
    </message>
    <message>
        <source>Payment recorded: {0} is paid.</source>
        <translation>入金を記録しました：{0} は入金済みです。</translation>
    </message>
    <message>
        <source>Payment recorded for {0}: {1} still open.</source>
        <translation>{0} の入金を記録しました：未払額 {1}。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Planning board, scrollable</source>
        <translation>計画ボード（スクロール可能）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>One day, with the chosen engineer&apos;s day plan</source>
        <translation>1 日分（選択したエンジニアの 1 日の予定付き）</translation>
    </message>
    <message>
        <source>Monday to Sunday for every engineer</source>
        <translation>全エンジニアの月曜日から日曜日まで</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>The previous day or week</source>
        <translation>前の日または週</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>The next day or week</source>
        <translation>次の日または週</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>今日に戻る</translation>
    </message>
    <message>
        <source>Shown days</source>
        <translation>表示する日</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Show the visits as a list, or as the painted board (Ctrl+L)</source>
        <translation>訪問を一覧で表示するか、ボードで表示するかを切り替えます (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>キー操作…</translation>
    </message>
    <message>
        <source>Keyboard use</source>
        <translation>キーボード操作</translation>
    </message>
    <message>
        <source>Export schedule (.ics)…</source>
        <translation>スケジュールをエクスポート (.ics)…</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s shown visits as a calendar file</source>
        <translation>選択したエンジニアの表示中の訪問をカレンダーファイルとして保存</translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation>カレンダーのメッセージ</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>未割り当ての訪問</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · %2 時間で表示</translation>
    </message>
    <message>
        <source>no retainer</source>
        <translation>リテイナー契約なし</translation>
    </message>
    <message>
        <source>No retainer in force: served after the retainer work</source>
        <translation>有効なリテイナー契約なし：リテイナー契約の作業の後に対応します</translation>
    </message>
    <message>
        <source>Needs a new engineer: %1 is no longer active</source>
        <translation>新しいエンジニアが必要です：%1 は無効になっています</translation>
    </message>
    <message>
        <source>Move refused: %1</source>
        <translation>移動できません：%1</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 を %2 に移動しました。</translation>
    </message>
    <message>
        <source>Change refused: %1</source>
        <translation>変更は拒否されました：%1</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes longer.</source>
        <translation>%1 は %2 分長くなりました。</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes shorter.</source>
        <translation>%1 は %2 分短くなりました。</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>スケジュールをエクスポート</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Visits exported to %1: %n.</source>
        <translation>
            <numerusform>訪問 %n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Planning board</source>
        <translation>計画ボード</translation>
    </message>
    <message>
        <source>No visit selected. Arrow keys select a visit; Ctrl+L lists them.</source>
        <translation>訪問が選択されていません。矢印キーで訪問を選択し、Ctrl+L で一覧表示します。</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Arrow keys select a visit (Left/Right: the engineer&apos;s previous or next visit; Up/Down: the row above or below). With a visit selected: Alt+Left/Right moves it by a day, Alt+Up/Down by 15 minutes, Alt+Shift+Up/Down makes it 15 minutes shorter or longer, Alt+PageUp/PageDown hands it to the engineer above or below. Every move is checked as a drag is. Ctrl+L shows the visits as a list. With the mouse, drag a block to move it, or its right edge to change its length.</source>
        <translation>矢印キーで訪問を選択します（左/右：そのエンジニアの前または次の訪問、上/下：上または下の行）。訪問を選択した状態で、Alt+左/右で 1 日、Alt+上/下で 15 分移動し、Alt+Shift+上/下で 15 分短く・長くし、Alt+PageUp/PageDown で上または下のエンジニアに割り当て直します。どの移動もドラッグと同じようにチェックされます。Ctrl+L で訪問を一覧表示します。マウスでは、ブロックをドラッグして移動し、右端をドラッグして長さを変更します。</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 time)</source>
        <translation>%1～%2（%3 時間）</translation>
    </message>
    <message>
        <source>Engineer: %1</source>
        <translation>エンジニア：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>レベル：%1</translation>
    </message>
    <message>
        <source>Travel: %1</source>
        <translation>移動：%1</translation>
    </message>
</context>
<context>
    <name>ChangeTimeDialog</name>
    <message>
        <source>Change time on %1</source>
        <translation>%1 の作業時間を変更</translation>
    </message>
    <message>
        <source>Sent back by the desk: %1</source>
        <translation>サービスデスクからの差し戻し：%1</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>フェーズ:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>実施内容:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>実施内容</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>ClientApprovalDialog</name>
    <message>
        <source>Client&apos;s approval</source>
        <translation>顧客の承認</translation>
    </message>
    <message>
        <source>Record who at the client approved the selected time, and how.</source>
        <translation>選択した作業時間を顧客側の誰がどの方法で承認したかを記録します。</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>承認者:</translation>
    </message>
    <message>
        <source>the person at the client</source>
        <translation>顧客側の担当者</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方法:</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Add site…</source>
        <translation>拠点を追加…</translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation>拠点を編集…</translation>
    </message>
    <message>
        <source>Deactivate site</source>
        <translation>拠点を無効化</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>連絡先を追加…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>連絡先を編集…</translation>
    </message>
    <message>
        <source>Deactivate contact</source>
        <translation>連絡先を無効化</translation>
    </message>
    <message>
        <source>No mail to them…</source>
        <translation>メール送信停止…</translation>
    </message>
    <message>
        <source>Stop or resume the desk&apos;s mail to the selected contact</source>
        <translation>選択した連絡先へのサービスデスクからのメールを停止または再開します</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Add contract…</source>
        <translation>契約を追加…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Select a client.</source>
        <translation>顧客を選択してください。</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>顧客 %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Its tickets, contracts and invoices stay; it is no longer listed.</source>
        <translation>%1 を無効化しますか？チケット、契約、請求書は残りますが、一覧には表示されなくなります。</translation>
    </message>
    <message>
        <source>Mail them again</source>
        <translation>メール送信を再開</translation>
    </message>
    <message>
        <source>No mail to %1</source>
        <translation>%1 へのメール送信停止</translation>
    </message>
    <message>
        <source>The desk sends %1 no confirmations or status mails from now on.
Why (for the record, optional):</source>
        <translation>今後、サービスデスクから %1 へ受付確認や状況通知のメールは送信されません。
理由（記録用、任意）:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>New site of %1</source>
        <translation>%1 の新規拠点</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>拠点 %1</translation>
    </message>
    <message>
        <source>New contact of %1</source>
        <translation>%1 の新規連絡先</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>連絡先 %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close %1</source>
        <translation>%1 を完了</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>%1 を完了しますか？</translation>
    </message>
    <message>
        <source>How was it resolved? This stays on the ticket&apos;s timeline; the ticket leaves the open queue.</source>
        <translation>どのように解決しましたか？この内容はチケットの経緯に残り、チケットは未完了キューから外れます。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決内容</translation>
    </message>
    <message>
        <source>What was done, and what fixed it</source>
        <translation>実施した作業と解決方法</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>チケットを完了</translation>
    </message>
    <message>
        <source>Write how it was resolved first.</source>
        <translation>先に解決内容を入力してください。</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Only an admin, a dispatcher or a service manager may enter or remove closing days.</source>
        <translation>休業日の登録・削除は、管理者、ディスパッチャー、サービスマネージャーのみが行えます。</translation>
    </message>
    <message>
        <source>%1 (your company)</source>
        <translation>%1（自社）</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>自社</translation>
    </message>
    <message>
        <source>A public holiday: it cannot be removed here.</source>
        <translation>祝日はここでは削除できません。</translation>
    </message>
    <message>
        <source>%1 public holidays, %2 closing days</source>
        <translation>祝日 %1 日、休業日 %2 日</translation>
    </message>
    <message>
        <source>No public holidays: your company&apos;s country is not set up yet.</source>
        <translation>祝日はありません：自社の国がまだ設定されていません。</translation>
    </message>
    <message>
        <source>Public holidays of %1, and the closing days that hold for everyone.</source>
        <translation>%1 の祝日と、全顧客共通の休業日です。</translation>
    </message>
    <message>
        <source>Public holidays of %1, the closing days for everyone and this client&apos;s own. Times are the client&apos;s local time.</source>
        <translation>%1 の祝日、全顧客共通の休業日、およびこの顧客独自の休業日です。時刻は顧客の現地時間です。</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>Closed for this client</source>
        <translation>この顧客の休業日</translation>
    </message>
    <message>
        <source>Closed for everyone</source>
        <translation>全顧客共通の休業日</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>New closing day for everyone</source>
        <translation>全顧客共通の新規休業日</translation>
    </message>
    <message>
        <source>New closing day for %1</source>
        <translation>%1 の新規休業日</translation>
    </message>
    <message>
        <source>Remove closing day</source>
        <translation>休業日を削除</translation>
    </message>
    <message>
        <source>Remove the closing day of %1 (%2)? The clocks run again then.</source>
        <translation>%1 の休業日（%2）を削除しますか？削除すると SLA クロックが再び進みます。</translation>
    </message>
    <message>
        <source>Could not remove the closing day</source>
        <translation>休業日を削除できませんでした</translation>
    </message>
    <message>
        <source>Holidays and closing days</source>
        <translation>祝日と休業日</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>対象(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>登録元</translation>
    </message>
    <message>
        <source>&amp;Add closing day…</source>
        <translation>休業日を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>New closing day</source>
        <translation>新規休業日</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>why the clocks stop, e.g. company outing</source>
        <translation>クロックを停止する理由（例：社員旅行）</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflict inbox</source>
        <translation>競合一覧</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の値</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバーの値</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生内容</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>サーバーの値を採用</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>自分の値を再送信</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>The person who asks, as a new contact of %1.</source>
        <translation>依頼者を %1 の新規連絡先として登録します。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新規連絡先</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>国番号付き（例：+31 20 123 4567）</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>連絡に使う言語（例：ja）</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>New contract</source>
        <translation>新規契約</translation>
    </message>
    <message>
        <source>Include ended</source>
        <translation>終了した契約を含む</translation>
    </message>
    <message>
        <source>End contract…</source>
        <translation>契約を終了…</translation>
    </message>
    <message>
        <source>Select a contract.</source>
        <translation>契約を選択してください。</translation>
    </message>
    <message>
        <source>Rates and terms</source>
        <translation>単価と条件</translation>
    </message>
    <message>
        <source>No SLA targets.</source>
        <translation>SLA 目標はありません。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>(24x7)</source>
        <translation>(24x7)</translation>
    </message>
    <message>
        <source>Contract %1 of %2</source>
        <translation>%2 の契約 %1</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Bill the work again</source>
        <translation>作業を再請求</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Credit note for {0}</source>
        <translation>{0} のクレジットノート</translation>
    </message>
    <message>
        <source>Tick the lines to take back. The invoice itself never changes; the credit note gets its own number and never changes once issued either.</source>
        <translation>取り消す明細行にチェックを付けてください。請求書自体は変更されません。クレジットノートには独自の番号が付き、発行後は変更できません。</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>{0} (credited)</source>
        <translation>{0}（クレジット済み）</translation>
    </message>
    <message>
        <source>What was wrong, as the client will read it</source>
        <translation>誤りの内容（顧客に表示されます）</translation>
    </message>
    <message>
        <source>Bill this work again in the next run</source>
        <translation>この作業を次回の請求実行で再請求する</translation>
    </message>
    <message>
        <source>Only when the whole invoice is taken back: its time entries wait for the next billing run, to be billed correctly.</source>
        <translation>請求書全体を取り消す場合のみ：その作業時間記録は次回の請求実行に回り、正しく請求されます。</translation>
    </message>
    <message>
        <source>Issue the credit note now</source>
        <translation>クレジットノートを今すぐ発行する</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>クレジットノートを作成</translation>
    </message>
    <message>
        <source>Takes back {0} of {1} lines: {2} before tax.</source>
        <translation>{1} 行中 {0} 行を取り消します：税抜 {2}。</translation>
    </message>
</context>
<context>
    <name>DayPlanView</name>
    <message>
        <source>Engineer of the day plan</source>
        <translation>1 日の予定のエンジニア</translation>
    </message>
    <message>
        <source>Whose day is shown, with the travel between sites</source>
        <translation>表示する担当者の 1 日（拠点間の移動を含む）</translation>
    </message>
    <message>
        <source>Visits and travel of the day</source>
        <translation>その日の訪問と移動</translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation>1 日の予定</translation>
    </message>
    <message>
        <source>No engineer to show.</source>
        <translation>表示するエンジニアがいません。</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3 · from the base in %4</source>
        <translation>%1 · %2 · %3 時間で表示 · %4 の出発地点から</translation>
    </message>
    <message>
        <source>No visits planned this day.</source>
        <translation>この日の訪問予定はありません。</translation>
    </message>
    <message>
        <source>Estimated travel this day: %1 h %2 min</source>
        <translation>この日の推定移動時間：%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>サービスデスク全体</translation>
    </message>
    <message>
        <source>Final close</source>
        <translation>最終完了</translation>
    </message>
    <message>
        <source>Partial: service restored</source>
        <translation>部分完了：サービス復旧</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>帳票の印刷</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>帳票:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>エンジニア:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>段階:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Up to (not including):</source>
        <translation>終了（当日を含まない）:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月:</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>四半期:</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Preparing the document…</source>
        <translation>帳票を準備しています…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;e-invoice (UBL)…</source>
        <translation>電子請求書を保存 (UBL)(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this invoice as an e-invoice (UBL 2.1, Peppol BIS Billing 3.0)</source>
        <translation>この請求書を電子請求書として保存します（UBL 2.1、Peppol BIS Billing 3.0）</translation>
    </message>
    <message>
        <source>Save &amp;Factur-X PDF…</source>
        <translation>Factur-X PDF を保存(&amp;F)…</translation>
    </message>
    <message>
        <source>Save this invoice as a PDF with its e-invoice embedded (Factur-X, PDF/A-3)</source>
        <translation>この請求書を電子請求書埋め込みの PDF として保存します（Factur-X、PDF/A-3）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF with the e-invoice embedded (Factur-X): Save as… writes that PDF</source>
        <translation>この顧客は請求書を電子請求書埋め込みの PDF (Factur-X) で受け取ります。「名前を付けて保存…」でその PDF を書き出します</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF and a UBL file: Save as… writes both, side by side</source>
        <translation>この顧客は請求書を PDF と UBL ファイルで受け取ります。「名前を付けて保存…」で両方を並べて書き出します</translation>
    </message>
    <message>
        <source>%1 page(s), %2 KB</source>
        <translation>%1 ページ、%2 KB</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>帳票を保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the document</source>
        <translation>帳票を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Saved to %1, its e-invoice to %2</source>
        <translation>%1 に保存し、電子請求書を %2 に保存しました</translation>
    </message>
    <message>
        <source>Save the e-invoice</source>
        <translation>電子請求書を保存</translation>
    </message>
    <message>
        <source>UBL e-invoice (*.xml)</source>
        <translation>UBL 電子請求書 (*.xml)</translation>
    </message>
    <message>
        <source>Could not save the e-invoice</source>
        <translation>電子請求書を保存できませんでした</translation>
    </message>
    <message>
        <source>E-invoice saved to %1</source>
        <translation>電子請求書を %1 に保存しました</translation>
    </message>
    <message>
        <source>Save the Factur-X PDF</source>
        <translation>Factur-X PDF を保存</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice (*.pdf)</source>
        <translation>電子請求書埋め込み PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the Factur-X PDF</source>
        <translation>Factur-X PDF を保存できませんでした</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice saved to %1</source>
        <translation>電子請求書埋め込み PDF を %1 に保存しました</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>プリンターを開けませんでした。</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>%1 ページをプリンターに送信しました。</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>契約 %1 を終了</translation>
    </message>
    <message>
        <source>End contract</source>
        <translation>契約を終了</translation>
    </message>
    <message>
        <source>The contract covers work up to and including its last day; it stays on file, with its tickets and invoices.</source>
        <translation>契約は最終日当日までの作業を対象とします。契約はチケットや請求書とともに記録に残ります。</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>最終日:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>EngineerDialog</name>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>スキルレベル:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>スキル:</translation>
    </message>
    <message>
        <source>comma separated, e.g. cisco, windows server</source>
        <translation>カンマ区切り（例：cisco, windows server）</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>カンマ区切りのコード（例：ja, en）</translation>
    </message>
    <message>
        <source>Planned leave:</source>
        <translation>予定休暇:</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>選択した休暇を削除</translation>
    </message>
    <message>
        <source>Leave from:</source>
        <translation>休暇開始:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Leave to:</source>
        <translation>休暇終了:</translation>
    </message>
    <message>
        <source>Leave kind:</source>
        <translation>休暇の種類:</translation>
    </message>
    <message>
        <source>Add this leave (a colleague covers)</source>
        <translation>この休暇を追加（同僚が代行）</translation>
    </message>
    <message>
        <source>latitude, longitude, e.g. 52.37, 4.90</source>
        <translation>緯度, 経度（例：52.37, 4.90）</translation>
    </message>
    <message>
        <source>Where the engineer&apos;s day starts, in degrees (south and west negative). Travel to the first site of the day is estimated from here; leave it empty when unknown.</source>
        <translation>エンジニアの 1 日の出発地点（度単位、南緯と西経はマイナス）。その日最初の拠点までの移動時間はここから推定します。不明な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Base (latitude, longitude)</source>
        <translation>出発地点（緯度, 経度）</translation>
    </message>
    <message>
        <source>Base (latitude, longitude):</source>
        <translation>出発地点（緯度, 経度）:</translation>
    </message>
</context>
<context>
    <name>EngineersView</name>
    <message>
        <source>Select an engineer.</source>
        <translation>エンジニアを選択してください。</translation>
    </message>
    <message>
        <source>New engineer</source>
        <translation>新規エンジニア</translation>
    </message>
    <message>
        <source>Engineer %1</source>
        <translation>エンジニア %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Their visits and time stay; they are no longer suggested or listed.</source>
        <translation>%1 を無効化しますか？訪問と作業時間の記録は残りますが、候補や一覧には表示されなくなります。</translation>
    </message>
</context>
<context>
    <name>FindTicketsDialog</name>
    <message>
        <source>Find tickets</source>
        <translation>チケットの検索</translation>
    </message>
    <message>
        <source>Words of the reference, title, text, client, site or requester</source>
        <translation>番号、件名、本文、顧客、拠点、依頼者に含まれる語</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Which tickets</source>
        <translation>対象チケット</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>すべてのチケット</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未完了のチケット</translation>
    </message>
    <message>
        <source>Closed tickets</source>
        <translation>完了したチケット</translation>
    </message>
    <message>
        <source>Type a few words: closed tickets are found too.</source>
        <translation>語句を入力してください。完了したチケットも検索されます。</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Type at least three letters of a word.</source>
        <translation>3 文字以上入力してください。</translation>
    </message>
    <message>
        <source>No ticket holds all of these words.</source>
        <translation>これらの語をすべて含むチケットはありません。</translation>
    </message>
    <message>
        <source>1 ticket found.</source>
        <translation>チケットが 1 件見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets found, newest first.</source>
        <translation>
            <numerusform>チケットが %n 件見つかりました（新しい順）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 の履歴</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>リビジョン %1 · %2</translation>
    </message>
    <message>
        <source>(the text did not change)</source>
        <translation>（本文は変更されていません）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>変更履歴はまだありません。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Sites of clients</source>
        <translation>顧客の拠点</translation>
    </message>
    <message>
        <source>Contacts of clients</source>
        <translation>顧客の連絡先</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 は UTF-8 テキストではありません。UTF-8 で保存してからやり直してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 of %2 rows refused; nothing was written. Fix the file and check it again.</source>
        <translation>%2 行中 %1 行が拒否されたため、何も書き込まれていません。ファイルを修正して再度チェックしてください。</translation>
    </message>
    <message>
        <source>All %1 rows are good: %2 would be added. Nothing was written (check only).</source>
        <translation>%1 行すべて問題ありません：%2 件が追加されます。何も書き込まれていません（チェックのみ）。</translation>
    </message>
    <message>
        <source>Done: %1 rows added.</source>
        <translation>完了：%1 行を追加しました。</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>CSV ファイルからインポート</translation>
    </message>
    <message>
        <source>Every row of the file is checked first. If any row is refused, nothing is added: fix the file and try again. Sites and contacts name their client in a &quot;client&quot; column.</source>
        <translation>最初にファイルの全行をチェックします。拒否された行が 1 行でもあれば、何も追加されません。ファイルを修正してやり直してください。拠点と連絡先は「client」列で顧客を指定します。</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>ファイルの内容(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>a CSV file, UTF-8, with a header row</source>
        <translation>ヘッダー行付きの UTF-8 の CSV ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>チェックのみ(&amp;C)</translation>
    </message>
    <message>
        <source>Check every row and report; nothing is written</source>
        <translation>全行をチェックして結果を表示します（何も書き込まれません）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Add every row, or nothing if any row is refused</source>
        <translation>全行を追加します（拒否された行があれば何も追加しません）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <source>This store holds records of its own. Sent, they become the shared database&apos;s first records; a shared database that holds records already takes none.</source>
        <translation>このストアには独自のレコードがあります。送信すると、それが共有データベースの最初のレコードになります。すでにレコードがある共有データベースは受け付けません。</translation>
    </message>
    <message>
        <source>This store is empty: it takes the shared database&apos;s records.</source>
        <translation>このストアは空です。共有データベースのレコードを受け取ります。</translation>
    </message>
    <message>
        <source>This desk works on the shared database itself.</source>
        <translation>この端末は共有データベース上で直接動作しています。</translation>
    </message>
    <message>
        <source>This store syncs with %1 already.</source>
        <translation>このストアはすでに %1 と同期しています。</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>入力してください：%1</translation>
    </message>
    <message>
        <source>Joined %1, but the first sync did not go through: %2. The desk tries again every minute.</source>
        <translation>%1 に参加しましたが、最初の同期が完了しませんでした：%2。この端末は毎分再試行します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Joining %1… The first download can take a few minutes.</source>
        <translation>%1 に参加しています… 最初のダウンロードには数分かかることがあります。</translation>
    </message>
    <message>
        <source>Join a shared database</source>
        <translation>共有データベースに参加</translation>
    </message>
    <message>
        <source>This desk then works with the rest of the team: its changes go to the shared database and theirs come here, every minute and whenever the network returns. Work done offline waits and goes with the next sync. Your administrator gives you the address and a login.</source>
        <translation>参加すると、この端末はチームの他のメンバーと連携します。変更は共有データベースに送られ、他のメンバーの変更はここに届きます（毎分、およびネットワークが回復したとき）。オフラインで行った作業は保留され、次回の同期で送信されます。アドレスとログインは管理者から受け取ってください。</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>共有データベース(&amp;D):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>leave empty to use the one in the keyring</source>
        <translation>キーリングに保存したものを使う場合は空欄のまま</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>システムのキーリングにパスワードを保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Unticked, the password is used for this session only and asked again after a restart.</source>
        <translation>チェックを外すと、パスワードはこのセッションでのみ使われ、再起動後に再度尋ねられます。</translation>
    </message>
    <message>
        <source>&amp;Send this store&apos;s records to the shared database</source>
        <translation>このストアのレコードを共有データベースに送信する(&amp;S)</translation>
    </message>
    <message>
        <source>Only for a shared database that is still empty, signed in as a dispatcher, a service manager or an administrator.</source>
        <translation>まだ空の共有データベースに、ディスパッチャー、サービスマネージャー、または管理者としてサインインしている場合のみ。</translation>
    </message>
</context>
<context>
    <name>KickoffDialog</name>
    <message>
        <source>Kick-off of %1</source>
        <translation>%1 のキックオフ</translation>
    </message>
    <message>
        <source>The meeting that starts the on-site support. The service review names the latest one; enter the focus areas agreed there as review notes.</source>
        <translation>オンサイトサポートを始める会議です。サービスレビューには最新のキックオフが記載されます。そこで合意した重点領域はレビューメモとして入力してください。</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>実施日：</translation>
    </message>
    <message>
        <source>Consultants agreed</source>
        <translation>担当コンサルタント</translation>
    </message>
    <message>
        <source>Consultants:</source>
        <translation>コンサルタント：</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>合意内容</translation>
    </message>
    <message>
        <source>What was agreed, in a few lines (optional)</source>
        <translation>合意内容を数行で（任意）</translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation>合意内容：</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>ワークステーション</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Access and keys</source>
        <translation>入館と鍵</translation>
    </message>
    <message>
        <source>Suppliers and contacts</source>
        <translation>取引先と連絡先</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>ナレッジベースを検索</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <translation>件名と本文を検索…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>拠点:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>トピック:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Client or site</source>
        <translation>顧客または拠点</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>新規記事(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべてのトピック</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>すべての拠点</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n articles shown: choose a client or a topic, or type words to narrow the list.</source>
        <translation>
            <numerusform>%n 件の記事のうち最初の %1 件を表示：顧客かトピックを選ぶか、言葉を入力して絞り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches. Try fewer words, or another topic or site.</source>
        <translation>該当する記事はありません。語句を減らすか、別のトピックや拠点を選んでください。</translation>
    </message>
    <message>
        <source>You serve no client yet: the knowledge base opens with the first ticket or visit you are given.</source>
        <translation>担当している顧客がまだありません。最初のチケットまたは訪問が割り当てられると、ナレッジベースが利用できるようになります。</translation>
    </message>
    <message>
        <source>Nothing written yet. Use New article to note what an engineer needs on site: network, servers, backups, how to get in, whom to call.</source>
        <translation>まだ何も書かれていません。「新規記事」で、エンジニアが現地で必要とする情報（ネットワーク、サーバー、バックアップ、入館方法、連絡先）を記録してください。</translation>
    </message>
    <message>
        <source>Choose an article to read it.</source>
        <translation>記事を選択すると内容が表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3, %4</source>
        <translation>%1 · %2 · リビジョン %3、%4</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Complete %1</source>
        <translation>%1 を完了</translation>
    </message>
    <message>
        <source>Who at the client agreed that the engineer may leave?</source>
        <translation>エンジニアの退出を承認した顧客側の担当者は誰ですか？</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Name of the client&apos;s contact</source>
        <translation>顧客側担当者の氏名</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>承認日時</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>Signature picture…</source>
        <translation>署名画像…</translation>
    </message>
    <message>
        <source>A PNG picture of the contact&apos;s signature (optional).</source>
        <translation>担当者の署名の PNG 画像（任意）。</translation>
    </message>
    <message>
        <source>Approved at (%1)</source>
        <translation>承認日時（%1）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>訪問を完了</translation>
    </message>
    <message>
        <source>Write who agreed first.</source>
        <translation>先に承認者を入力してください。</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>署名画像</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>画像：%1</translation>
    </message>
    <message>
        <source>Signed on the pad</source>
        <translation>署名パッドで署名済み</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダー</translation>
    </message>
    <message>
        <source>The log is kept in %1</source>
        <translation>ログは %1 に保存されています</translation>
    </message>
</context>
<context>
    <name>MailAttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>No files came by mail with this ticket.</source>
        <translation>このチケットにはメールで受信したファイルはありません。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>ファイルを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>This desk already takes mail in as it arrives (see Mail settings).</source>
        <translation>この端末はすでにメールを着信時に取り込んでいます（メール設定を参照）。</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>メールを取得しています…</translation>
    </message>
    <message>
        <source>Fetching mail… %1 messages so far</source>
        <translation>メールを取得しています… これまでに %1 件</translation>
    </message>
</context>
<context>
    <name>MailFetching</name>
    <message>
        <source>%1 new tickets</source>
        <translation>新規チケット %1 件</translation>
    </message>
    <message>
        <source>%1 notes on tickets</source>
        <translation>チケットへのメモ %1 件</translation>
    </message>
    <message>
        <source>%1 tickets reopened</source>
        <translation>再オープンしたチケット %1 件</translation>
    </message>
    <message>
        <source>%1 follow-up tickets</source>
        <translation>フォローアップチケット %1 件</translation>
    </message>
    <message>
        <source>%1 from unknown senders</source>
        <translation>不明な送信者から %1 件</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>読み取り不能 %1 件</translation>
    </message>
    <message>
        <source>%1 automatic replies ignored</source>
        <translation>自動返信を %1 件無視</translation>
    </message>
    <message>
        <source>%1 seen before</source>
        <translation>取り込み済み（重複）%1 件</translation>
    </message>
    <message>
        <source>The mail server did not answer in time. Nothing was lost; try again later.</source>
        <translation>メールサーバーが時間内に応答しませんでした。データは失われていません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off (%1). Try again later.</source>
        <translation>メールサーバーとの接続が切断されました（%1）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>This desk works on a copy of the shared database. Mail is taken in on the shared database, by the mail service or a desk connected to it.</source>
        <translation>この端末は共有データベースのコピーで動作しています。メールの取り込みは、共有データベース上でメールサービスまたはそれに接続した端末が行います。</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>新着メールはありません。</translation>
    </message>
    <message>
        <source>Mail taken in: %1.</source>
        <translation>メールを取り込みました：%1。</translation>
    </message>
</context>
<context>
    <name>MailMenu</name>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>メール設定(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Fetch mail now</source>
        <translation>今すぐメールを取得(&amp;F)</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>メール設定を保存しました。</translation>
    </message>
    <message>
        <source>New mail taken in; F5 shows it in the queue.</source>
        <translation>新着メールを取り込みました。F5 キーでキューに表示されます。</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS, certificate checked</source>
        <translation>STARTTLS（証明書を検証）</translation>
    </message>
    <message>
        <source>TLS from the start, certificate checked</source>
        <translation>最初から TLS（証明書を検証）</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>暗号化なし：このコンピューター上のサーバー専用</translation>
    </message>
    <message>
        <source>Only an administrator may set up mailboxes and change these settings.</source>
        <translation>メールボックスの設定とこれらの設定の変更は管理者のみが行えます。</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>No password kept</source>
        <translation>パスワード未保存</translation>
    </message>
    <message>
        <source>On · %1 taken in</source>
        <translation>有効・%1 件取り込み済み</translation>
    </message>
    <message>
        <source>Shared desk address</source>
        <translation>サービスデスク共通アドレス</translation>
    </message>
    <message>
        <source>Stop taking mail from %1? Its password is forgotten. If it took mail in, it is switched off and what it took in stays.</source>
        <translation>%1 からのメールの取り込みを停止しますか？パスワードは破棄されます。取り込み実績がある場合は無効化され、取り込んだ内容は残ります。</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>メールボックスを削除</translation>
    </message>
    <message>
        <source>Could not remove the mailbox</source>
        <translation>メールボックスを削除できませんでした</translation>
    </message>
    <message>
        <source>kept; type a new one to change it</source>
        <translation>保存済み（変更する場合は新しいパスワードを入力）</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>メール設定</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Mailboxes the desk takes tickets from</source>
        <translation>チケットを取り込むメールボックス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>メールボックスを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Re&amp;open window (days):</source>
        <translation>再オープン期間（日数）(&amp;O):</translation>
    </message>
    <message>
        <source>A reply this many days after a ticket was closed reopens it; a later reply opens a new ticket linked to it.</source>
        <translation>チケットの完了後この日数以内の返信はチケットを再オープンします。それ以降の返信は、元のチケットにリンクした新しいチケットになります。</translation>
    </message>
    <message>
        <source>&amp;Largest attachment kept (MB):</source>
        <translation>保存する添付ファイルの上限 (MB)(&amp;L):</translation>
    </message>
    <message>
        <source>A larger file is not kept; the ticket lists it with the reason.</source>
        <translation>これより大きいファイルは保存されず、理由とともにチケットに記載されます。</translation>
    </message>
    <message>
        <source>Automatic &amp;answers per sender and hour:</source>
        <translation>送信者ごと 1 時間あたりの自動返信数(&amp;A):</translation>
    </message>
    <message>
        <source>At most this many automatic mails go to one sender in an hour, so two machines cannot answer each other for ever.</source>
        <translation>1 人の送信者に 1 時間に送る自動メールはこの件数までです。2 台のシステムが延々と返信し合うのを防ぎます。</translation>
    </message>
    <message>
        <source>&amp;This desk fetches and sends mail while it is open</source>
        <translation>この端末を開いている間にメールを取得・送信する(&amp;T)</translation>
    </message>
    <message>
        <source>While this window is open it watches every mailbox, takes new mail in as it arrives and sends the mail the desk queued. Only one desk or mail service fetches a mailbox at a time.</source>
        <translation>このウィンドウを開いている間、すべてのメールボックスを監視し、新着メールを着信時に取り込み、キューに入ったメールを送信します。1 つのメールボックスを取得できるのは、一度に 1 台の端末またはメールサービスだけです。</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>The server the desk sends its mail through: confirmations with the ticket&apos;s reference, status changes and replies to clients, and notices to the dispatchers. Without a server nothing is sent.</source>
        <translation>サービスデスクがメールを送信するサーバーです：チケット番号付きの受付確認、状態変更、顧客への返信、ディスパッチャーへの通知。サーバーが未設定の場合は何も送信されません。</translation>
    </message>
    <message>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>smtp.example.com, or empty to send nothing</source>
        <translation>smtp.example.com（空欄の場合は送信しません）</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>セキュリティ(&amp;C):</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>ポート(&amp;R):</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>ユーザー名(&amp;N):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>送信元アドレス(&amp;F):</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@your-company.example</translation>
    </message>
    <message>
        <source>Sender&apos;s na&amp;me:</source>
        <translation>送信者名(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. Helpdesk Noord service desk</source>
        <translation>例：ヘルプデスク北 サービスデスク</translation>
    </message>
    <message>
        <source>&amp;Dispatchers&apos; address:</source>
        <translation>ディスパッチャーのアドレス(&amp;D):</translation>
    </message>
    <message>
        <source>Where SLA warnings go by mail; empty: to each dispatcher&apos;s own address.</source>
        <translation>SLA 警告のメール送信先です。空欄の場合は各ディスパッチャー自身のアドレスに送信します。</translation>
    </message>
    <message>
        <source>Mailboxes are added and removed at once; Save keeps the other values.</source>
        <translation>メールボックスの追加と削除は即時に反映されます。「保存」でその他の値を保存します。</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>今すぐ取得(&amp;F)</translation>
    </message>
    <message>
        <source>Take in the mail waiting in every mailbox now.</source>
        <translation>すべてのメールボックスで待機中のメールを今すぐ取り込みます。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>May belong to</source>
        <translation>関連先の候補</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>Mail from unknown senders</source>
        <translation>不明な送信者からのメール</translation>
    </message>
    <message>
        <source>&amp;Accept as ticket…</source>
        <translation>チケットとして受け付け(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Mail from addresses the desk does not know. Accept a message as a ticket for the client it is for (the sender becomes a requester), or dismiss it.</source>
        <translation>サービスデスクが把握していないアドレスからのメールです。対象顧客のチケットとして受け付ける（送信者は依頼者になります）か、破棄してください。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>読み取れなかった理由</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>読み取れないメール</translation>
    </message>
    <message>
        <source>&amp;Show the message…</source>
        <translation>メッセージを表示(&amp;S)…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>破棄(&amp;I)</translation>
    </message>
    <message>
        <source>Messages that could not be read. Each was moved to its mailbox&apos;s quarantine folder on the server; look at it, then dismiss it.</source>
        <translation>読み取れなかったメッセージです。各メッセージはサーバー上のメールボックスの隔離フォルダーに移動されています。内容を確認してから破棄してください。</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー登録日時</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>待機理由</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>送信メール</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>再送信(&amp;A)</translation>
    </message>
    <message>
        <source>Mail to clients and the desk that is not sent yet, or could not be sent. A failed mail is sent again only when you say so.</source>
        <translation>顧客およびサービスデスク宛てで、まだ送信されていないか送信できなかったメールです。失敗したメールは、指示した場合にのみ再送信されます。</translation>
    </message>
    <message>
        <source>Only the service desk may settle these messages.</source>
        <translation>これらのメッセージを処理できるのはサービスデスクのみです。</translation>
    </message>
    <message>
        <source>Could not read the mail lists</source>
        <translation>メール一覧を読み込めませんでした</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>Moved to %1 on the server</source>
        <translation>サーバー上の %1 に移動しました</translation>
    </message>
    <message>
        <source>Outbox (%1, %2 failed)</source>
        <translation>送信トレイ（%1 件、失敗 %2 件）</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>送信トレイ（%1 件）</translation>
    </message>
    <message>
        <source>Unknown senders (%1)</source>
        <translation>不明な送信者（%1 件）</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>読み取り不能（%1 件）</translation>
    </message>
    <message>
        <source>No mailbox is set up yet: File ▸ Mail settings… adds one.</source>
        <translation>メールボックスがまだ設定されていません。「ファイル ▸ メール設定…」で追加してください。</translation>
    </message>
    <message>
        <source>sent at the next round</source>
        <translation>次回の処理で送信</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>次回の試行 %1</translation>
    </message>
    <message>
        <source>(tried %1 times)</source>
        <translation>（%1 回試行済み）</translation>
    </message>
    <message>
        <source>Ticket %1 made from the message.</source>
        <translation>メッセージからチケット %1 を作成しました。</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを破棄</translation>
    </message>
    <message>
        <source>Dismiss the message “%1” from %2 without a ticket?</source>
        <translation>%2 からのメッセージ「%1」をチケットにせずに破棄しますか？</translation>
    </message>
    <message>
        <source>Take this unreadable message off the list? It stays stored and on the server in %1.</source>
        <translation>この読み取り不能なメッセージを一覧から外しますか？メッセージは保存されたまま、サーバー上の %1 にも残ります。</translation>
    </message>
    <message>
        <source>The mail to %1 is sent again at the next round.</source>
        <translation>%1 宛てのメールは次回の処理で再送信されます。</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>メールを取得しています…</translation>
    </message>
    <message>
        <source>Last fetch %1: %2</source>
        <translation>前回の取得 %1：%2</translation>
    </message>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>この端末はメールを着信時に取得し、サービスデスクのメールを送信します。</translation>
    </message>
</context>
<context>
    <name>MailWatcher</name>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>この端末はメールを着信時に取得し、サービスデスクのメールを送信します。</translation>
    </message>
    <message>
        <source>Not fetching mail: %1</source>
        <translation>メールを取得していません：%1</translation>
    </message>
    <message>
        <source>Fetching mail: %1</source>
        <translation>メールを取得中：%1</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Encrypted (TLS), certificate checked</source>
        <translation>暗号化 (TLS)（証明書を検証）</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>暗号化なし：このコンピューター上のサーバー専用</translation>
    </message>
    <message>
        <source>The shared desk address (any client)</source>
        <translation>サービスデスク共通アドレス（全顧客）</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <translation>新規メールボックス</translation>
    </message>
    <message>
        <source>Mailbox %1</source>
        <translation>メールボックス %1</translation>
    </message>
    <message>
        <source>type a new password, or leave this empty to keep the current one</source>
        <translation>新しいパスワードを入力してください（空欄の場合は現在のパスワードを維持）</translation>
    </message>
    <message>
        <source>no password is kept yet: type it here</source>
        <translation>パスワードはまだ保存されていません。ここに入力してください</translation>
    </message>
    <message>
        <source>Mail taken in stays taken when the server or folder changes: nothing becomes a ticket twice.</source>
        <translation>サーバーやフォルダーを変更しても、取り込み済みのメールは取り込み済みのままです。同じメールから二重にチケットが作成されることはありません。</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>入力してください：%1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>The desk signs in to this mailbox over IMAP and makes a ticket of every message that arrives in its folder.</source>
        <translation>サービスデスクは IMAP でこのメールボックスにサインインし、フォルダーに届いたすべてのメッセージからチケットを作成します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>a short name, e.g. desk or tulp-support</source>
        <translation>短い名前（例：desk、tulp-support）</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>セキュリティ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@your-company.example</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Unreadable mail to:</source>
        <translation>読み取り不能メールの移動先(&amp;U):</translation>
    </message>
    <message>
        <source>The folder on the server where messages that cannot be read are moved; the desk lists them under Mail.</source>
        <translation>読み取れないメッセージを移動するサーバー上のフォルダーです。これらは「メール」に一覧表示されます。</translation>
    </message>
    <message>
        <source>Ser&amp;ves:</source>
        <translation>対象(&amp;V):</translation>
    </message>
    <message>
        <source>One client&apos;s own address, or the shared desk address every client writes to.</source>
        <translation>特定の顧客専用のアドレス、または全顧客が送信するサービスデスク共通アドレス。</translation>
    </message>
    <message>
        <source>&amp;Take mail from this mailbox</source>
        <translation>このメールボックスからメールを取り込む(&amp;T)</translation>
    </message>
    <message>
        <source>Switched off, the desk leaves this mailbox alone; what it took in stays.</source>
        <translation>無効にすると、このメールボックスには一切アクセスしません。取り込み済みの内容は残ります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispatch Console</source>
        <translation>Dispatch Console</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>ローカルストア</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>新規チケット(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>新規訪問(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>作業時間を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>キュー内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>会社情報(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Holidays and closing days…</source>
        <translation>祝日と休業日(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>CSV からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Join a shared database…</source>
        <translation>共有データベースに参加(&amp;J)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Print a document…</source>
        <translation>帳票を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Co&amp;nflict inbox…</source>
        <translation>競合一覧(&amp;N)…</translation>
    </message>
    <message>
        <source>Find t&amp;ickets, closed ones too…</source>
        <translation>チケットを検索（完了分を含む）(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;view notes…</source>
        <translation>レビューメモ(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Dispatch Console</source>
        <translation>Dispatch Console について(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>チケット(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>元に戻せませんでした：%1</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>元に戻せませんでした</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>キューを読み込んでいます…</translation>
    </message>
    <message>
        <source>No clients yet: add them in the Clients tab (Ctrl+6) or import them (File ▸ Import from CSV…)</source>
        <translation>顧客がまだ登録されていません。「顧客」タブ (Ctrl+6) で追加するか、インポートしてください（ファイル ▸ CSV からインポート…）</translation>
    </message>
    <message>
        <source>Open tickets: %1 shown of %2</source>
        <translation>未完了のチケット：%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>The queue could not be loaded</source>
        <translation>キューを読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not load the queue</source>
        <translation>キューを読み込めませんでした</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>チケットなし</translation>
    </message>
    <message>
        <source>Select a ticket in the queue first.</source>
        <translation>先にキューでチケットを選択してください。</translation>
    </message>
    <message>
        <source>Ticket registered.</source>
        <translation>チケットを登録しました。</translation>
    </message>
    <message>
        <source>Visit %1 requested.</source>
        <translation>訪問 %1 を依頼しました。</translation>
    </message>
    <message>
        <source>Timer started: stop it in the time and credit tab when the work is done</source>
        <translation>タイマーを開始しました。作業が終わったら作業時間とクレジットのタブで停止してください</translation>
    </message>
    <message>
        <source>%1. The password is used for this session only.</source>
        <translation>%1。パスワードはこのセッションでのみ使われます。</translation>
    </message>
    <message>
        <source>Dispatch Console %1
Tickets, SLA clocks, visits, time and billing for service desks.</source>
        <translation>Dispatch Console %1
サービスデスク向けのチケット、SLA クロック、訪問、作業時間、請求の管理。</translation>
    </message>
    <message>
        <source>About Dispatch Console</source>
        <translation>Dispatch Console について</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>カレンダー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>勤務表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Time &amp;&amp; credit</source>
        <translation>作業時間 &amp;&amp; クレジット(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>請求(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>顧客(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ontracts</source>
        <translation>契約(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Engineers</source>
        <translation>エンジニア(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;y day</source>
        <translation>自分の予定(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>ナレッジベース(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MasterView</name>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Include inactive</source>
        <translation>無効なものを含む</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>実行されませんでした</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>前日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>翌日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>No engineers yet: add them in the Engineers tab.</source>
        <translation>エンジニアがまだ登録されていません。「エンジニア」タブで追加してください。</translation>
    </message>
    <message>
        <source>Your user is not linked to an engineer, so there is no day to show. Ask the desk to link your user to your engineer.</source>
        <translation>ユーザーがエンジニアに紐付けられていないため、表示する予定がありません。サービスデスクにユーザーとエンジニアの紐付けを依頼してください。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日、%1</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>訪問：%1</translation>
    </message>
    <message>
        <source>times in the site&apos;s zone; the engineer&apos;s zone: %1</source>
        <translation>時刻は拠点のタイムゾーン、エンジニアのタイムゾーン：%1</translation>
    </message>
    <message>
        <source>No visits planned for this day. Pick another day above.</source>
        <translation>この日の訪問予定はありません。上で別の日を選んでください。</translation>
    </message>
    <message>
        <source>Mark %1 as %2? This ends the visit and cannot be undone.</source>
        <translation>%1 を「%2」にしますか？訪問が終了し、元に戻すことはできません。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>入金日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Payment for {0}</source>
        <translation>{0} の入金</translation>
    </message>
    <message>
        <source>{0} · total {1} · open {2}</source>
        <translation>{0}・合計 {1}・未払 {2}</translation>
    </message>
    <message>
        <source>As on the bank statement</source>
        <translation>銀行取引明細の記載どおり</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>入金を記録</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Next SLA target</source>
        <translation>次の SLA 目標</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>%1: %2 late</source>
        <translation>%1：%2 超過</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1：残り %2</translation>
    </message>
    <message>
        <source>%1: %2 left (at risk)</source>
        <translation>%1：残り %2（期限間近）</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1：一時停止中、残り %2</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>プレミアム契約</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>期限 %1（%2）</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>All open tickets</source>
        <translation>すべての未完了チケット</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>自分のチケット</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>まもなく期限超過</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>緊急対応</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>未割り当ての訪問</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>保存済みフィルター</translation>
    </message>
    <message>
        <source>Filter: reference, client, title, text  (Ctrl+F)</source>
        <translation>フィルター：番号、顧客、件名、本文（Ctrl+F）</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>チケットキュー</translation>
    </message>
    <message>
        <source>Unsorted, the most urgent come first: emergencies, missed deadlines, then the deadlines due soonest. Click a column to sort by it; a third click goes back to the most urgent first.</source>
        <translation>並べ替えなしの場合は緊急度の高い順に表示されます：緊急対応、期限超過、期限の近い順。列をクリックするとその列で並べ替えます。3 回目のクリックで緊急度順に戻ります。</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>何も変更されませんでした</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>キューを読み込んでいます…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>顧客がまだ登録されていません。</translation>
    </message>
    <message>
        <source>Add them in the Clients tab (Ctrl+6) or import them with %1; then create tickets with New ticket (Ctrl+N).</source>
        <translation>「顧客」タブ (Ctrl+6) で追加するか、%1 でインポートしてください。その後、「新規チケット」(Ctrl+N) でチケットを作成します。</translation>
    </message>
    <message>
        <source>File ▸ Import from CSV…</source>
        <translation>ファイル ▸ CSV からインポート…</translation>
    </message>
    <message>
        <source>Does your team share a database already? %1</source>
        <translation>チームですでにデータベースを共有していますか？ %1</translation>
    </message>
    <message>
        <source>File ▸ Join a shared database…</source>
        <translation>ファイル ▸ 共有データベースに参加…</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>未完了のチケットはありません。</translation>
    </message>
    <message>
        <source>Create one with %1 (Ctrl+N), or let mail become tickets: %2.</source>
        <translation>%1 (Ctrl+N) で作成するか、メールからチケットを作成するよう設定してください：%2。</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新規チケット</translation>
    </message>
    <message>
        <source>File ▸ Mail settings…</source>
        <translation>ファイル ▸ メール設定…</translation>
    </message>
    <message>
        <source>Show all open tickets</source>
        <translation>未完了のチケットをすべて表示</translation>
    </message>
    <message>
        <source>Closed tickets are found with %1 (Ctrl+Shift+F).</source>
        <translation>完了したチケットは %1 (Ctrl+Shift+F) で検索できます。</translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation>チケットの検索</translation>
    </message>
    <message>
        <source>No ticket matches “%1” in “%2”.</source>
        <translation>「%2」内に「%1」に一致するチケットはありません。</translation>
    </message>
    <message>
        <source>Search all tickets, closed ones too</source>
        <translation>すべてのチケットを検索（完了分を含む）</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>No tickets in “%1” now.</source>
        <translation>現在「%1」にチケットはありません。</translation>
    </message>
</context>
<context>
    <name>RawMessageDialog</name>
    <message>
        <source>Message as received: %1</source>
        <translation>受信したままのメッセージ：%1</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown; Save… keeps the whole message.</source>
        <translation>最初の 1 MB のみ表示しています。「保存…」でメッセージ全体を保存できます。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>メッセージを保存</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>メール (*.eml)</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>メッセージを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Mon–Fri 08:00–18:00 (10x5)</source>
        <translation>月～金 08:00～18:00 (10x5)</translation>
    </message>
    <message>
        <source>Around the clock (24x7)</source>
        <translation>24 時間 365 日 (24x7)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>画像 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Fields in bold are required. Hover over a field to see what it takes.</source>
        <translation>太字の項目は必須です。項目にマウスを合わせると入力内容が表示されます。</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>a short name for lists</source>
        <translation>一覧表示用の略称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>2 文字のコード（例：JP）</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・都道府県</translation>
    </message>
    <message>
        <source>code of the region whose holidays count</source>
        <translation>祝日を適用する地域のコード</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>the zone of the SLA calendar, e.g. Europe/Amsterdam</source>
        <translation>SLA カレンダーのタイムゾーン（例：Asia/Tokyo）</translation>
    </message>
    <message>
        <source>Document locale</source>
        <translation>帳票のロケール</translation>
    </message>
    <message>
        <source>language and formats of documents, e.g. nl_NL</source>
        <translation>帳票の言語と書式（例：ja_JP）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>three-letter code, e.g. EUR</source>
        <translation>3 文字のコード（例：JPY）</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>付加価値税番号</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>例：NL001234567B01</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>the address invoices go to</source>
        <translation>請求書の送付先住所</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <source>mail from this domain becomes the client&apos;s tickets, e.g. acme.example</source>
        <translation>このドメインからのメールはこの顧客のチケットになります（例：acme.example）</translation>
    </message>
    <message>
        <source>NDA on file</source>
        <translation>NDA 締結済み</translation>
    </message>
    <message>
        <source>a non-disclosure agreement is signed</source>
        <translation>秘密保持契約を締結済み</translation>
    </message>
    <message>
        <source>NDA signed on</source>
        <translation>NDA 締結日</translation>
    </message>
    <message>
        <source>the day the NDA was signed</source>
        <translation>NDA を締結した日</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>ワークステーション</translation>
    </message>
    <message>
        <source>how many workstations the client has</source>
        <translation>顧客が保有するワークステーションの台数</translation>
    </message>
    <message>
        <source>Invoices sent as</source>
        <translation>請求書の送付形式</translation>
    </message>
    <message>
        <source>how the client wants its invoices</source>
        <translation>顧客が希望する請求書の形式</translation>
    </message>
    <message>
        <source>Assigned engineer</source>
        <translation>担当エンジニア</translation>
    </message>
    <message>
        <source>the engineer who knows the client</source>
        <translation>顧客を把握しているエンジニア</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>アカウントマネージャー</translation>
    </message>
    <message>
        <source>the service manager of the client</source>
        <translation>顧客のサービスマネージャー</translation>
    </message>
    <message>
        <source>Review figures</source>
        <translation>レビューの指標</translation>
    </message>
    <message>
        <source>the key figures the client asks for in its service review, such as tickets, sla, reaction, hours (empty: all)</source>
        <translation>顧客がサービスレビューで求める主要指標（例：tickets, sla, reaction, hours。空欄ならすべて）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>what the site is called, e.g. HQ</source>
        <translation>拠点の名称（例：本社）</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>two-letter code; empty: the client&apos;s</source>
        <translation>2 文字のコード（空欄の場合は顧客の設定）</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam; empty: the client&apos;s</source>
        <translation>例：Asia/Tokyo（空欄の場合は顧客の設定）</translation>
    </message>
    <message>
        <source>Floor or room</source>
        <translation>階または部屋</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>地図リンク</translation>
    </message>
    <message>
        <source>a link to the entrance on a map</source>
        <translation>地図上の入口へのリンク</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>入館方法</translation>
    </message>
    <message>
        <source>reception, badge, parking</source>
        <translation>受付、入館証、駐車場</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>what the person does for the client&apos;s tickets</source>
        <translation>顧客のチケットにおけるこの人の役割</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>国番号付き（例：+31 20 123 4567）</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>連絡に使う言語（例：ja）</translation>
    </message>
    <message>
        <source>Gets mail</source>
        <translation>メール受信</translation>
    </message>
    <message>
        <source>no: they asked for no mail from the desk</source>
        <translation>いいえ：サービスデスクからのメールを希望していません</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>the site they work at</source>
        <translation>勤務先の拠点</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>メッセンジャー</translation>
    </message>
    <message>
        <source>messenger=handle pairs, e.g. whatsapp=+31612345678</source>
        <translation>メッセンジャー=ID の組（例：whatsapp=+31612345678）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>whose contract it is</source>
        <translation>契約先の顧客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>what the client bought</source>
        <translation>顧客が購入したもの</translation>
    </message>
    <message>
        <source>empty: named after its kind</source>
        <translation>空欄の場合は種類の名前</translation>
    </message>
    <message>
        <source>Product area</source>
        <translation>製品領域</translation>
    </message>
    <message>
        <source>what it covers, e.g. workplace</source>
        <translation>対象範囲（例：ワークプレース）</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>the first day the contract covers</source>
        <translation>契約の対象となる最初の日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>the last day it covers; none: open-ended</source>
        <translation>契約の対象となる最後の日（空欄の場合は期限なし）</translation>
    </message>
    <message>
        <source>three-letter code; empty: the client&apos;s</source>
        <translation>3 文字のコード（空欄の場合は顧客の設定）</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>サービス時間帯</translation>
    </message>
    <message>
        <source>when SLA clocks run; default 24x7 for Comfort and Express, else 10x5</source>
        <translation>SLA クロックが進む時間帯。既定は Comfort と Express が 24x7、それ以外は 10x5</translation>
    </message>
    <message>
        <source>SLA attainment target (%)</source>
        <translation>SLA達成目標（%）</translation>
    </message>
    <message>
        <source>share of SLA clocks to meet, 50 to 100; the review measures it</source>
        <translation>守るべきSLA期限の割合（50～100）。レビューはこれと比較します</translation>
    </message>
    <message>
        <source>Premium service</source>
        <translation>プレミアムサービス</translation>
    </message>
    <message>
        <source>Dedicated manager</source>
        <translation>専任マネージャー</translation>
    </message>
    <message>
        <source>the desk user who looks after the contract; premium needs one</source>
        <translation>契約を担当するサービスデスクのユーザー（プレミアムには必須）</translation>
    </message>
    <message>
        <source>Standard hourly rate</source>
        <translation>標準時間単価</translation>
    </message>
    <message>
        <source>e.g. 95.00</source>
        <translation>例：95.00</translation>
    </message>
    <message>
        <source>Express hourly rate</source>
        <translation>エクスプレス時間単価</translation>
    </message>
    <message>
        <source>the hourly rate of emergency help</source>
        <translation>緊急対応の時間単価</translation>
    </message>
    <message>
        <source>On-demand hourly rate</source>
        <translation>オンデマンド時間単価</translation>
    </message>
    <message>
        <source>After-hours factor</source>
        <translation>時間外係数</translation>
    </message>
    <message>
        <source>1.5 to 2</source>
        <translation>1.5～2</translation>
    </message>
    <message>
        <source>Rush visit fee</source>
        <translation>緊急訪問料金</translation>
    </message>
    <message>
        <source>Price per workstation</source>
        <translation>ワークステーション単価</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>月額</translation>
    </message>
    <message>
        <source>On-site surcharge (%)</source>
        <translation>現地対応の割増率 (%)</translation>
    </message>
    <message>
        <source>Regular on-site days</source>
        <translation>定期訪問日</translation>
    </message>
    <message>
        <source>Round time up to (minutes)</source>
        <translation>時間の切り上げ単位（分）</translation>
    </message>
    <message>
        <source>0, 1, 5, 6, 10, 15, 30 or 60</source>
        <translation>0、1、5、6、10、15、30、60 のいずれか</translation>
    </message>
    <message>
        <source>Emergency guarantee (hours)</source>
        <translation>緊急対応の保証時間（時間）</translation>
    </message>
    <message>
        <source>1 to 8</source>
        <translation>1～8</translation>
    </message>
    <message>
        <source>Prepaid credit in</source>
        <translation>前払いクレジットの単位</translation>
    </message>
    <message>
        <source>prepaid credit only: money or hours</source>
        <translation>前払いクレジットのみ：金額または時間</translation>
    </message>
    <message>
        <source>Monthly top-up</source>
        <translation>月次チャージ</translation>
    </message>
    <message>
        <source>prepaid credit added each month</source>
        <translation>毎月追加される前払いクレジット</translation>
    </message>
    <message>
        <source>Low-credit warning below</source>
        <translation>残高不足の警告しきい値</translation>
    </message>
    <message>
        <source>Bundle hours per month</source>
        <translation>月間契約時間</translation>
    </message>
    <message>
        <source>FTE bundle only</source>
        <translation>FTE バンドルのみ</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月額料金</translation>
    </message>
    <message>
        <source>monthly plan or FTE bundle</source>
        <translation>月額プランまたは FTE バンドル</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>支払条件（日数）</translation>
    </message>
    <message>
        <source>days to pay an invoice</source>
        <translation>請求書の支払期限までの日数</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>付加価値税率 (%)</translation>
    </message>
    <message>
        <source>empty: the company&apos;s rate</source>
        <translation>空欄の場合は自社の税率</translation>
    </message>
    <message>
        <source>VAT exemption</source>
        <translation>付加価値税の免除</translation>
    </message>
    <message>
        <source>why no VAT is charged; printed on invoices</source>
        <translation>付加価値税を課さない理由（請求書に印字されます）</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>SLA 目標</translation>
    </message>
    <message>
        <source>the clock each priority promises</source>
        <translation>優先度ごとに保証するクロック</translation>
    </message>
    <message>
        <source>the engineer&apos;s name</source>
        <translation>エンジニアの氏名</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 6 1234 5678</source>
        <translation>国番号付き（例：+31 6 1234 5678）</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>スキルレベル</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>comma separated, e.g. network, windows</source>
        <translation>カンマ区切り（例：network, windows）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>カンマ区切りのコード（例：ja, en）</translation>
    </message>
    <message>
        <source>Base region</source>
        <translation>拠点地域</translation>
    </message>
    <message>
        <source>where they travel from</source>
        <translation>移動の出発地</translation>
    </message>
    <message>
        <source>Base latitude</source>
        <translation>出発地点の緯度</translation>
    </message>
    <message>
        <source>where their day starts, degrees north (south: negative)</source>
        <translation>1 日の出発地点、北緯の度数（南緯はマイナス）</translation>
    </message>
    <message>
        <source>Base longitude</source>
        <translation>出発地点の経度</translation>
    </message>
    <message>
        <source>degrees east (west: negative), e.g. 4.90</source>
        <translation>東経の度数（西経はマイナス）、例：4.90</translation>
    </message>
    <message>
        <source>the zone they work in, e.g. Europe/Amsterdam</source>
        <translation>勤務地のタイムゾーン（例：Asia/Tokyo）</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>their week, in their own time zone; by default Mon–Fri 08:00–18:00</source>
        <translation>本人のタイムゾーンでの 1 週間の勤務時間（既定は月～金 08:00～18:00）</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>時間あたりのコスト</translation>
    </message>
    <message>
        <source>what an hour of theirs costs</source>
        <translation>1 時間あたりの原価</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>コストの通貨</translation>
    </message>
    <message>
        <source>three-letter code; empty: EUR</source>
        <translation>3 文字のコード（空欄の場合は EUR）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>a passport-style picture, JPEG or PNG: sent when they are proposed for a visit, for the client to check their ID against</source>
        <translation>証明写真（JPEG または PNG）：訪問に提案されたときに送られ、顧客が身分証明書と照合します</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>担当顧客</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>picture, %1 KB</source>
        <translation>画像、%1 KB</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>時間なし</translation>
    </message>
</context>
<context>
    <name>ReviewNotesDialog</name>
    <message>
        <source>Focus area</source>
        <translation>重点領域</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推奨事項</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>レビューメモ</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>未完了のみ</translation>
    </message>
    <message>
        <source>Focus areas agreed at the kick-off, risks and recommendations. Open ones are printed in the client&apos;s service review until they are closed.</source>
        <translation>キックオフで合意した重点領域、リスク、推奨事項です。未完了のものは、クローズされるまで顧客のサービスレビューに印字されます。</translation>
    </message>
    <message>
        <source>Kick-off…</source>
        <translation>キックオフ…</translation>
    </message>
    <message>
        <source>Record the kick-off: the day it was held and the consultants agreed</source>
        <translation>キックオフを記録：実施日と担当コンサルタント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Selected note:</source>
        <translation>選択したメモ:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>状態を設定</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>メモをクローズ</translation>
    </message>
    <message>
        <source>Type to pick a usual focus area, or write your own</source>
        <translation>入力すると一般的な重点分野を選べます。独自に書くこともできます</translation>
    </message>
    <message>
        <source>What was agreed, seen or advised</source>
        <translation>合意事項、所見、助言</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>No kick-off recorded yet.</source>
        <translation>キックオフはまだ記録されていません。</translation>
    </message>
    <message>
        <source>Kick-off held on %1; consultants: %2</source>
        <translation>キックオフ実施日：%1、コンサルタント：%2</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休暇</translation>
    </message>
    <message>
        <source>Today (h)</source>
        <translation>今日（時間）</translation>
    </message>
    <message>
        <source>Week %</source>
        <translation>週稼働率 (%)</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>担当顧客</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>勤務時間なし</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Edit skills and leave…</source>
        <translation>スキルと休暇を編集…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Only an administrator may change the mail settings.</source>
        <translation>メール設定を変更できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>Reopen window</source>
        <translation>再オープン期間</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>path or URL, used at the next start</source>
        <translation>パスまたは URL（次回起動時に使用）</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中のユーザー:</translation>
    </message>
    <message>
        <source>Countdown refresh (seconds):</source>
        <translation>カウントダウンの更新間隔（秒）:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色:</translation>
    </message>
    <message>
        <source>Reopen window (days):</source>
        <translation>再オープン期間（日数）:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Only an administrator changes the company profile.</source>
        <translation>会社情報を変更できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>Set up your company</source>
        <translation>自社の設定</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>Your own company, as every work order, report and invoice names it. Every desk prints the same profile.</source>
        <translation>すべての作業指示書、報告書、請求書に記載される自社の情報です。すべての端末で同じ会社情報が印字されます。</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>正式名称:</translation>
    </message>
    <message>
        <source>as registered; printed on every invoice</source>
        <translation>登記どおりの名称（すべての請求書に印字されます）</translation>
    </message>
    <message>
        <source>Trading name:</source>
        <translation>屋号:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>所在地:</translation>
    </message>
    <message>
        <source>one line per line</source>
        <translation>1 行ずつ入力</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>郵便番号:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>市区町村:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国:</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>2 文字のコード（例：JP）</translation>
    </message>
    <message>
        <source>VAT id:</source>
        <translation>付加価値税番号:</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>例：NL001234567B01</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>登記番号:</translation>
    </message>
    <message>
        <source>optional, e.g. chamber of commerce</source>
        <translation>任意（例：法人番号、商業登記番号）</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>国番号付き（例：+31 20 123 4567）</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>通貨:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>例：EUR</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>税率 (%):</translation>
    </message>
    <message>
        <source>e.g. 21</source>
        <translation>例：21</translation>
    </message>
    <message>
        <source>Reduced tax rate (%):</source>
        <translation>軽減税率 (%):</translation>
    </message>
    <message>
        <source>optional, e.g. 9</source>
        <translation>任意（例：9）</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>請求書番号のプレフィックス:</translation>
    </message>
    <message>
        <source>in front of invoice numbers, e.g. DC</source>
        <translation>請求書番号の先頭に付ける文字（例：DC）</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>帳票の言語:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam</source>
        <translation>例：Asia/Tokyo</translation>
    </message>
    <message>
        <source>Holidays of country:</source>
        <translation>祝日の国:</translation>
    </message>
    <message>
        <source>Holidays of region:</source>
        <translation>祝日の地域:</translation>
    </message>
    <message>
        <source>optional: province or state</source>
        <translation>任意：州・都道府県</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>署名パッド</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>マウス、ペン、または指でここに署名してください。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>線の上に署名してください</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Wipe the pad to sign again.</source>
        <translation>パッドを消去して署名し直します。</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>署名をクリア</translation>
    </message>
</context>
<context>
    <name>SlaAlerter</name>
    <message>
        <source>Dispatch Console: SLA alerts</source>
        <translation>Dispatch Console：SLA アラート</translation>
    </message>
    <message>
        <source>%1 missed: %2 %3</source>
        <translation>%1 期限超過：%2 %3</translation>
    </message>
    <message>
        <source>%1 at risk: %2 %3</source>
        <translation>%1 期限間近：%2 %3</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>（期限 %1）</translation>
    </message>
    <message>
        <source>Your premium client: %1</source>
        <translation>担当のプレミアム顧客：%1</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1（ほか %2 件）</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>SLA 期限超過</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA 期限間近</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>クロック</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>目標時間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>目標を追加</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>目標を削除</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The clock runs at nights and weekends too</source>
        <translation>夜間と週末もクロックが進みます</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同期に失敗しました：%1</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>共有データベース</translation>
    </message>
    <message>
        <source>The shared database %1 asks for your password.</source>
        <translation>共有データベース %1 がパスワードを求めています。</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>共有データベース：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>%1 からオフライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>同期済み %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>同期待ち %1 件</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>競合 1 件</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>競合 %1 件</translation>
    </message>
    <message>
        <source>server feed %1 s behind</source>
        <translation>サーバーからの反映が %1 秒遅れています</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>（拠点なし）</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>（契約なし）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新規チケット</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>拠点:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>依頼者:</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新規連絡先…</translation>
    </message>
    <message>
        <source>Register the person who asks as a new contact of this client</source>
        <translation>依頼者をこの顧客の新規連絡先として登録します</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>問題の概要（簡潔に）</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>カテゴリ:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>受付経路:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>Emergency (Express help)</source>
        <translation>緊急対応（エクスプレス）</translation>
    </message>
</context>
<context>
    <name>TicketHistory</name>
    <message>
        <source>priority of %1</source>
        <translation>%1 の優先度</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <source>estimate of %1</source>
        <translation>%1 の見積もり</translation>
    </message>
    <message>
        <source>assignment of %1</source>
        <translation>%1 の割り当て</translation>
    </message>
    <message numerus="yes">
        <source>priority of %n tickets</source>
        <translation>
            <numerusform>%n 件のチケットの優先度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status of %n tickets</source>
        <translation>
            <numerusform>%n 件のチケットの状態</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimate of %n tickets</source>
        <translation>
            <numerusform>%n 件のチケットの見積もり</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assignment of %n tickets</source>
        <translation>
            <numerusform>%n 件のチケットの割り当て</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPane</name>
    <message>
        <source>ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>作業時間記録</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>status moved</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>メモ追加</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>プレミアム契約</translation>
    </message>
    <message>
        <source>Under a premium plan: handled at once, first among tickets as urgent.</source>
        <translation>プレミアムプラン対象：即時対応し、緊急チケットの中でも最優先で処理します。</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>メモを入力…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation>顧客への返信</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>ナレッジベース</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; time</source>
        <translation>メモ &amp;&amp; 作業時間</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>見積もりなし</translation>
    </message>
    <message>
        <source>Effort expected, in hours and minutes (such as 4h, 1h30m or 90m):</source>
        <translation>見込み工数を時間と分で入力してください（例：4h、1h30m、90m）：</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>何も変更されていません</translation>
    </message>
    <message>
        <source>Estimate %1</source>
        <translation>見積もり %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>担当者：%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Change the status, priority, assignee or estimate of all of them at once. Edit ▸ Undo (Ctrl+Z) takes the change back.</source>
        <translation>選択したすべてのチケットの状態、優先度、担当者、見積もりをまとめて変更します。「編集 ▸ 元に戻す」(Ctrl+Z) で変更を取り消せます。</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>変更履歴はまだありません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>マネージャー：%1</translation>
    </message>
    <message>
        <source>No dedicated manager named</source>
        <translation>専任マネージャーは指定されていません</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>優先度 %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>新規訪問…</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>作業時間を記録…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>タイマーを開始</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Assessment…</source>
        <translation>技術評価…</translation>
    </message>
    <message>
        <source>no prepaid credit</source>
        <translation>前払いクレジットなし</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>記録済み作業時間</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>前払いクレジット</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>メモなし</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>請求対象</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>請求対象外</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>訪問はまだありません。</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>作業指示書</translation>
    </message>
    <message>
        <source>%1 logged (%2)</source>
        <translation>記録済み %1（%2）</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>まだ記録なし</translation>
    </message>
    <message>
        <source>%1 over the estimate</source>
        <translation>見積もりを %1 超過</translation>
    </message>
    <message>
        <source>Targets of this contract and priority</source>
        <translation>この契約と優先度の目標</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Due %1 (%2); %3 h %4 m of business time used.</source>
        <translation>期限 %1（%2）。営業時間のうち %3 時間 %4 分を使用済み。</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n 件のチケット</numerusform>
        </translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>完了…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>担当なし（割り当て解除）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets selected</source>
        <translation>
            <numerusform>%n 件のチケットを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>チケットが選択されていません。</translation>
    </message>
    <message>
        <source>Click a ticket in the queue to read it here. Ctrl+click or Shift+click selects several, to change them all at once.</source>
        <translation>キューでチケットをクリックすると、ここに表示されます。Ctrl+クリックまたは Shift+クリックで複数選択し、まとめて変更できます。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再オープン</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>(not on a visit)</source>
        <translation>（訪問以外）</translation>
    </message>
    <message>
        <source>(billable)</source>
        <translation>（請求対象）</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>作業時間を記録</translation>
    </message>
    <message>
        <source>the work must end after it starts</source>
        <translation>作業の終了は開始より後にしてください</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>チケット:</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>エンジニア:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>訪問:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>フェーズ:</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>請求対象</translation>
    </message>
    <message>
        <source>Not billable because:</source>
        <translation>請求対象外の理由:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>実施内容:</translation>
    </message>
</context>
<context>
    <name>TimeView</name>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>請求対象</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>承認待ちの相手</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>実施内容</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>作業時間記録</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>警告しきい値</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Overdrafts</source>
        <translation>超過利用</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>前払いクレジット</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>選択分を承認</translation>
    </message>
    <message>
        <source>Client&apos;s approval…</source>
        <translation>顧客の承認…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>差し戻し…</translation>
    </message>
    <message>
        <source>Send the selected entries back to their engineer, with the reason why</source>
        <translation>選択した記録を、理由を付けてエンジニアに差し戻します</translation>
    </message>
    <message>
        <source>Run the daily cut-off</source>
        <translation>日次締めを実行</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Change the selected entry; one sent back then waits for the desk again</source>
        <translation>選択した記録を変更します。差し戻された記録は、再びサービスデスクの承認待ちになります</translation>
    </message>
    <message>
        <source>Week…</source>
        <translation>週…</translation>
    </message>
    <message>
        <source>The engineer&apos;s week as a timesheet: tickets by day</source>
        <translation>エンジニアの 1 週間のタイムシート：日別のチケット</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepaid credit&lt;/b&gt;</source>
        <translation>&lt;b&gt;前払いクレジット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>すべてのエンジニア</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>すべての日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>日または週</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>エンジニア:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Ticket, e.g. T-2026-000123</source>
        <translation>チケット（例：T-2026-000123）</translation>
    </message>
    <message>
        <source>Ticket for the timer</source>
        <translation>タイマーのチケット</translation>
    </message>
    <message>
        <source>Phase for the timer</source>
        <translation>タイマーのフェーズ</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>タイマーを開始</translation>
    </message>
    <message>
        <source>Stop timer…</source>
        <translation>タイマーを停止…</translation>
    </message>
    <message>
        <source>Stop the timer and record the time as an entry</source>
        <translation>タイマーを停止し、時間を記録として保存します</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Throw the timer away without recording it</source>
        <translation>タイマーを記録せずに破棄します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timer&lt;/b&gt;</source>
        <translation>&lt;b&gt;タイマー&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2、%3）</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>タイマーを停止</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>実施内容:</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>記録を読み込んでいます…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>late</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>desk and client</source>
        <translation>サービスデスクと顧客</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>サービスデスク</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>the engineer (sent back: %1)</source>
        <translation>エンジニア（差し戻し：%1）</translation>
    </message>
    <message>
        <source>(approved)</source>
        <translation>（承認済み）</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>差し戻し：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n 件の記録を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n entries shown: choose an engineer or a day</source>
        <translation>
            <numerusform>%n 件の記録のうち最初の %1 件を表示：技術者か日付を選んでください</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h, of which %2 h billable</source>
        <translation>%1 時間（うち請求対象 %2 時間）</translation>
    </message>
    <message numerus="yes">
        <source>The desk sent %n of your entries back: &lt;a href=&apos;#&apos;&gt;show them&lt;/a&gt;</source>
        <translation>
            <numerusform>サービスデスクがあなたの記録 %n 件を差し戻しました：&lt;a href=&apos;#&apos;&gt;表示する&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send time back</source>
        <translation>作業時間を差し戻す</translation>
    </message>
    <message>
        <source>Why does this time go back to the engineer? They read this:</source>
        <translation>この作業時間をエンジニアに差し戻す理由は何ですか？エンジニアにはこの内容が表示されます:</translation>
    </message>
    <message numerus="yes">
        <source>Entries locked by the cut-off: %n</source>
        <translation>
            <numerusform>締めによりロックされた記録：%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageAcceptDialog</name>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Make the ticket</source>
        <translation>チケットを作成</translation>
    </message>
    <message>
        <source>Accept as ticket</source>
        <translation>チケットとして受け付け</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>顧客(&amp;C):</translation>
    </message>
    <message>
        <source>The sender becomes a requester of this client and the message its new ticket.</source>
        <translation>送信者はこの顧客の依頼者となり、メッセージは新しいチケットになります。</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>階</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>地図を開く</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>現地の連絡先</translation>
    </message>
    <message>
        <source>none named: ask the desk</source>
        <translation>指定なし：サービスデスクに確認してください</translation>
    </message>
    <message>
        <source>no phone or e-mail</source>
        <translation>電話番号もメールアドレスもありません</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>同行：%1</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>持参品</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>nothing listed</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>May leave, agreed by %1</source>
        <translation>退出可（%1 が承認）</translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation>（署名済み）</translation>
    </message>
    <message>
        <source>No step to take</source>
        <translation>実行できる手順はありません</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>作業指示書</translation>
    </message>
    <message>
        <source>Preview and print the work order to hand out</source>
        <translation>作業指示書をプレビューして印刷し、手渡します</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>site address</source>
        <translation>拠点の住所</translation>
    </message>
    <message>
        <source>map link</source>
        <translation>地図リンク</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Request a visit for %1</source>
        <translation>%1 の訪問を依頼</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>（拠点を選択）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(not given: senior)</source>
        <translation>（指定なし：上級）</translation>
    </message>
    <message>
        <source>Request visit</source>
        <translation>訪問を依頼</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours</source>
        <translation>「%1」は時間数ではありません</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not suited: %2</source>
        <translation>%1 — 不適合：%2</translation>
    </message>
    <message>
        <source>Fix the errors first</source>
        <translation>先にエラーを修正してください</translation>
    </message>
    <message>
        <source>Save in the Requested state</source>
        <translation>「依頼済み」の状態で保存</translation>
    </message>
    <message>
        <source>Request a visit</source>
        <translation>訪問の依頼</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>拠点:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>開始予定:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Reserved hours:</source>
        <translation>予約時間:</translation>
    </message>
    <message>
        <source>empty: 2 h + 30 min grace</source>
        <translation>空欄の場合：2 時間 + 猶予 30 分</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>スキルレベル:</translation>
    </message>
    <message>
        <source>Engineers needed:</source>
        <translation>必要なエンジニア数:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>カンマ区切りのコード（例：ja, en）</translation>
    </message>
    <message>
        <source>Urgency class:</source>
        <translation>緊急度クラス:</translation>
    </message>
    <message>
        <source>Local contact:</source>
        <translation>現地担当者:</translation>
    </message>
    <message>
        <source>Ordering engineer:</source>
        <translation>依頼元エンジニア:</translation>
    </message>
    <message>
        <source>Work description:</source>
        <translation>作業内容:</translation>
    </message>
    <message>
        <source>Target hardware:</source>
        <translation>対象機器:</translation>
    </message>
    <message>
        <source>Work sequence:</source>
        <translation>作業手順:</translation>
    </message>
    <message>
        <source>Confirm before:</source>
        <translation>事前確認:</translation>
    </message>
    <message>
        <source>Confirm after:</source>
        <translation>事後確認:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>必要書類:</translation>
    </message>
    <message>
        <source>Items to bring:</source>
        <translation>持参品:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>Paperwork:</source>
        <translation>事前書類:</translation>
    </message>
    <message>
        <source>Written instructions attached</source>
        <translation>作業手順書を添付済み</translation>
    </message>
    <message>
        <source>On-site assistance by the client</source>
        <translation>顧客による現地補助あり</translation>
    </message>
    <message>
        <source>Travel needs booking</source>
        <translation>移動手配が必要</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>定期訪問</translation>
    </message>
    <message>
        <source>New workstations:</source>
        <translation>新規ワークステーション:</translation>
    </message>
    <message>
        <source>Visit without local contact because:</source>
        <translation>現地担当者なしで訪問する理由:</translation>
    </message>
    <message>
        <source>only when the client insists on a visit without local contact</source>
        <translation>顧客が現地担当者なしでの訪問を強く希望する場合のみ</translation>
    </message>
    <message>
        <source>Dispatch checks</source>
        <translation>ディスパッチ確認</translation>
    </message>
    <message>
        <source>Engineers (tick to assign)</source>
        <translation>エンジニア（チェックして割り当て）</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>予定されている訪問</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Week timesheet</source>
        <translation>週間タイムシート</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 前の週</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>次の週 ▶</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>エンジニア:</translation>
    </message>
    <message>
        <source>No engineers yet.</source>
        <translation>エンジニアがまだ登録されていません。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3 (%4)</source>
        <translation>第 %1 週、%2～%3（%4）</translation>
    </message>
    <message>
        <source>%1 h this week, %2 h billable</source>
        <translation>今週 %1 時間（うち請求対象 %2 時間）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong; what you were doing may not have finished. You can carry on working. The details are in the log: %1</source>
        <translation>予期しない問題が発生しました。実行中の処理が完了していない可能性があります。作業はそのまま続けられます。詳細はログに記録されています：%1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log: %1</source>
        <translation>問題が発生したため、何も保存されていません。詳細はログに記録されています：%1</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. It was reloaded; please try again.</source>
        <translation>このレコードは他のユーザーによって変更されました。再読み込みしましたので、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database refused the change: %1. Nothing was saved.</source>
        <translation>データベースが変更を拒否しました：%1。何も保存されていません。</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>実行できませんでした</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
</context>
</TS>

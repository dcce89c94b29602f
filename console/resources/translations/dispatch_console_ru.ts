<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit article</source>
        <translation>Изменение статьи</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>What an engineer needs to know. Name the entry in the password manager; never write a password here.</source>
        <translation>Что нужно знать инженеру. Укажите запись в менеджере паролей; никогда не пишите здесь пароль.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>The whole client</source>
        <translation>Клиент целиком</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Technical assessment of %1</source>
        <translation>Техническая оценка %1</translation>
    </message>
    <message>
        <source>Called %1; the answer is free and due by %2 (%3).</source>
        <translation>Обращение %1; ответ бесплатный, срок — до %2 (%3).</translation>
    </message>
    <message>
        <source>We can restore the client&apos;s service</source>
        <translation>Мы можем восстановить работу клиента</translation>
    </message>
    <message>
        <source>How sure the expert is, and what the answer rests on</source>
        <translation>Насколько эксперт уверен и на чём основан ответ</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Waive the guarantee hours</source>
        <translation>Отменить гарантийные часы</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>Время восстановления работы</translation>
    </message>
    <message>
        <source>Time to remove the cause</source>
        <translation>Время устранения причины</translation>
    </message>
    <message>
        <source>Guarantee hours</source>
        <translation>Гарантийные часы</translation>
    </message>
    <message>
        <source>Answered at (%1)</source>
        <translation>Ответ дан (%1)</translation>
    </message>
    <message>
        <source>The guarantee is billed: paid up front, its hours no longer change.</source>
        <translation>Гарантия выставлена в счёте: оплачена заранее, её часы больше не меняются.</translation>
    </message>
    <message>
        <source>No NDA on file: the provider&apos;s default NDA is accepted with this request.</source>
        <translation>NDA нет: с этой заявкой принимается стандартное NDA поставщика.</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Записать оценку</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставленные</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплаченные</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Period or ticket</source>
        <translation>Период или заявка</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>банковский перевод</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>прямое дебетование</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Списано с</translation>
    </message>
    <message>
        <source>Preview the run</source>
        <translation>Предпросмотр расчёта</translation>
    </message>
    <message>
        <source>Show what the run would bill; nothing is written</source>
        <translation>Показать, что выставит расчёт; ничего не сохраняется</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Запустить расчёт счетов</translation>
    </message>
    <message>
        <source>Bill an emergency…</source>
        <translation>Счёт за экстренный вызов…</translation>
    </message>
    <message>
        <source>An Express ticket&apos;s invoices at its close: guarantee, restoration, cause</source>
        <translation>Счета по заявке Express при её закрытии: гарантия, восстановление, устранение причины</translation>
    </message>
    <message>
        <source>Sell prepaid credit…</source>
        <translation>Продать предоплату…</translation>
    </message>
    <message>
        <source>Draft the invoice for a block of prepaid credit; the credit arrives on issue</source>
        <translation>Создать черновик счёта на пакет предоплаты; предоплата зачисляется при выставлении счёта</translation>
    </message>
    <message>
        <source>Issue selected</source>
        <translation>Выставить выбранные</translation>
    </message>
    <message>
        <source>Void draft</source>
        <translation>Аннулировать черновик</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Корректировочный счёт…</translation>
    </message>
    <message>
        <source>Correct the selected issued invoice: take back all or some of its lines</source>
        <translation>Исправить выбранный выставленный счёт: сторнировать все или часть его строк</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Зарегистрировать оплату…</translation>
    </message>
    <message>
        <source>Bank statement…</source>
        <translation>Банковская выписка…</translation>
    </message>
    <message>
        <source>Book the payments of a bank statement, all or none: a CSV file with the columns invoice, amount, paid_on (and reference, method)</source>
        <translation>Провести платежи из банковской выписки — все или ни одного: файл CSV со столбцами invoice, amount, paid_on (и reference, method)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Строки счёта</translation>
    </message>
    <message>
        <source>Reword line…</source>
        <translation>Изменить текст строки…</translation>
    </message>
    <message>
        <source>Change the text the client reads on this line</source>
        <translation>Изменить текст, который клиент видит в этой строке</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>Добавить строку…</translation>
    </message>
    <message>
        <source>A charge of your own, or a discount (an amount below zero)</source>
        <translation>Собственное начисление или скидка (сумма меньше нуля)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Take the line out of the draft; its work waits for the next run</source>
        <translation>Убрать строку из черновика; работа будет выставлена при следующем расчёте</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Invoices and rates are for the desk only.</source>
        <translation>Счета и ставки доступны только службе поддержки.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Читаем счета…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue: {0} open.</source>
        <translation>
            <numerusform>Просрочен %n счёт: к оплате {0}.</numerusform>
            <numerusform>Просрочено %n счёта: к оплате {0}.</numerusform>
            <numerusform>Просрочено %n счетов: к оплате {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>к счёту {0}</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Draft for {0} changed: {1}.</source>
        <translation>Черновик клиента {0} изменён: {1}.</translation>
    </message>
    <message>
        <source>Reword line</source>
        <translation>Изменить текст строки</translation>
    </message>
    <message>
        <source>Text on the invoice:</source>
        <translation>Текст в счёте:</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Amount (below zero for a discount):</source>
        <translation>Сумма (меньше нуля для скидки):</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>скорректировано</translation>
    </message>
    <message>
        <source>Subtotal {0} · tax {1} · total {2}</source>
        <translation>Без налога {0} · налог {1} · итого {2}</translation>
    </message>
    <message>
        <source>Credits {0}: {1}</source>
        <translation>Корректирует счёт {0}: {1}</translation>
    </message>
    <message>
        <source> · credited {0}</source>
        <translation> · скорректировано {0}</translation>
    </message>
    <message>
        <source> · paid {0} · open {1}</source>
        <translation> · оплачено {0} · к оплате {1}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Preview of {0}: {1} contracts would give {2} drafts ({3}).</source>
        <translation>Предпросмотр за {0}: договоров — {1}, будет черновиков — {2} ({3}).</translation>
    </message>
    <message>
        <source>{0} billed: {1} contracts gave {2} drafts ({3}).</source>
        <translation>Расчёт за {0} выполнен: договоров — {1}, создано черновиков — {2} ({3}).</translation>
    </message>
    <message>
        <source>{0} time entries wait for an approval.</source>
        <translation>Записей времени, ожидающих одобрения: {0}.</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is used up: {2} left.</source>
        <translation>Предоплата клиента {0} ({1}) израсходована: остаток {2}.</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is running low: {2} left.</source>
        <translation>Предоплата клиента {0} ({1}) заканчивается: остаток {2}.</translation>
    </message>
    <message>
        <source>Tell {0}.</source>
        <translation>Сообщите менеджеру: {0}.</translation>
    </message>
    <message>
        <source>Bill an emergency</source>
        <translation>Счёт за экстренный вызов</translation>
    </message>
    <message>
        <source>Ticket reference:</source>
        <translation>Номер заявки:</translation>
    </message>
    <message>
        <source>{0}: {1} drafts.</source>
        <translation>{0}: черновиков — {1}.</translation>
    </message>
    <message>
        <source>Sell prepaid credit</source>
        <translation>Продать предоплату</translation>
    </message>
    <message>
        <source>No client has a prepaid credit contract yet: add one first.</source>
        <translation>Ни у одного клиента ещё нет договора с предоплатой: сначала добавьте договор.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Договор:</translation>
    </message>
    <message>
        <source>Amount (money, or hours for a card that holds hours):</source>
        <translation>Сумма (деньги или часы, если предоплата в часах):</translation>
    </message>
    <message>
        <source>Draft for {0}: {1}. The credit arrives when it is issued.</source>
        <translation>Черновик для клиента {0}: {1}. Предоплата будет зачислена при выставлении счёта.</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Выставить счета</translation>
    </message>
    <message>
        <source>Issue {0} invoices? An issued invoice never changes.</source>
        <translation>Выставить счета ({0})? Выставленный счёт больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Issued: {0}</source>
        <translation>Выставлено: {0}</translation>
    </message>
    <message>
        <source>Draft voided; its work waits for the next run.</source>
        <translation>Черновик аннулирован; работа будет выставлена при следующем расчёте.</translation>
    </message>
    <message>
        <source>Credit note drafted for {0}; issue it when it is right.</source>
        <translation>Создан черновик корректировочного счёта к счёту {0}; выставьте его, когда всё будет верно.</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Банковская выписка</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Bank statement booked: {0} payments; {1} invoices owe nothing more.</source>
        <translation>Выписка проведена: платежей — {0}; полностью оплачено счетов — {1}.</translation>
    </message>
    <message>
        <source>Payment recorded: {0} is paid.</source>
        <translation>Оплата зарегистрирована: счёт {0} оплачен.</translation>
    </message>
    <message>
        <source>Payment recorded for {0}: {1} still open.</source>
        <translation>Оплата по счёту {0} зарегистрирована: к оплате ещё {1}.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Planning board, scrollable</source>
        <translation>Доска планирования, с прокруткой</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>One day, with the chosen engineer&apos;s day plan</source>
        <translation>Один день с планом дня выбранного инженера</translation>
    </message>
    <message>
        <source>Monday to Sunday for every engineer</source>
        <translation>С понедельника по воскресенье для всех инженеров</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>The previous day or week</source>
        <translation>Предыдущий день или неделя</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>The next day or week</source>
        <translation>Следующий день или неделя</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Вернуться к сегодняшнему дню</translation>
    </message>
    <message>
        <source>Shown days</source>
        <translation>Показываемые дни</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Show the visits as a list, or as the painted board (Ctrl+L)</source>
        <translation>Показать выезды списком или на доске (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Клавиши…</translation>
    </message>
    <message>
        <source>Keyboard use</source>
        <translation>Работа с клавиатурой</translation>
    </message>
    <message>
        <source>Export schedule (.ics)…</source>
        <translation>Экспорт расписания (.ics)…</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s shown visits as a calendar file</source>
        <translation>Показанные выезды выбранного инженера в виде файла календаря</translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation>Сообщение календаря</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>Неназначенные выезды</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · время: %2</translation>
    </message>
    <message>
        <source>no retainer</source>
        <translation>нет абонентского договора</translation>
    </message>
    <message>
        <source>No retainer in force: served after the retainer work</source>
        <translation>Абонентский договор не действует: обслуживается после работ по абонентским договорам</translation>
    </message>
    <message>
        <source>Needs a new engineer: %1 is no longer active</source>
        <translation>Нужен другой инженер: %1 больше не работает</translation>
    </message>
    <message>
        <source>Move refused: %1</source>
        <translation>Перенос отклонён: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1: перенесено на %2.</translation>
    </message>
    <message>
        <source>Change refused: %1</source>
        <translation>Изменение отклонено: %1</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes longer.</source>
        <translation>%1: теперь на %2 мин дольше.</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes shorter.</source>
        <translation>%1: теперь на %2 мин короче.</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Экспорт расписания</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Visits exported to %1: %n.</source>
        <translation>
            <numerusform>Выездов экспортировано в %1: %n.</numerusform>
            <numerusform>Выездов экспортировано в %1: %n.</numerusform>
            <numerusform>Выездов экспортировано в %1: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Planning board</source>
        <translation>Доска планирования</translation>
    </message>
    <message>
        <source>No visit selected. Arrow keys select a visit; Ctrl+L lists them.</source>
        <translation>Выезд не выбран. Стрелки выбирают выезд; Ctrl+L показывает их списком.</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Arrow keys select a visit (Left/Right: the engineer&apos;s previous or next visit; Up/Down: the row above or below). With a visit selected: Alt+Left/Right moves it by a day, Alt+Up/Down by 15 minutes, Alt+Shift+Up/Down makes it 15 minutes shorter or longer, Alt+PageUp/PageDown hands it to the engineer above or below. Every move is checked as a drag is. Ctrl+L shows the visits as a list. With the mouse, drag a block to move it, or its right edge to change its length.</source>
        <translation>Стрелки выбирают выезд (Влево/Вправо: предыдущий или следующий выезд инженера; Вверх/Вниз: строка выше или ниже). Для выбранного выезда: Alt+Влево/Вправо переносит его на день, Alt+Вверх/Вниз — на 15 минут, Alt+Shift+Вверх/Вниз делает его на 15 минут короче или длиннее, Alt+PageUp/PageDown передаёт его инженеру выше или ниже. Каждое перемещение проверяется так же, как перетаскивание. Ctrl+L показывает выезды списком. Мышью перетащите блок, чтобы переместить его, или его правый край, чтобы изменить длительность.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 time)</source>
        <translation>%1 – %2 (время: %3)</translation>
    </message>
    <message>
        <source>Engineer: %1</source>
        <translation>Инженер: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Travel: %1</source>
        <translation>Дорога: %1</translation>
    </message>
</context>
<context>
    <name>ChangeTimeDialog</name>
    <message>
        <source>Change time on %1</source>
        <translation>Изменить время: %1</translation>
    </message>
    <message>
        <source>Sent back by the desk: %1</source>
        <translation>Возвращено службой поддержки: %1</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Фаза:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Выполненные работы:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Выполненные работы</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>ClientApprovalDialog</name>
    <message>
        <source>Client&apos;s approval</source>
        <translation>Одобрение клиента</translation>
    </message>
    <message>
        <source>Record who at the client approved the selected time, and how.</source>
        <translation>Укажите, кто со стороны клиента одобрил выбранное время и каким образом.</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Одобрил:</translation>
    </message>
    <message>
        <source>the person at the client</source>
        <translation>представитель клиента</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Способ:</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Add site…</source>
        <translation>Добавить объект…</translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation>Изменить объект…</translation>
    </message>
    <message>
        <source>Deactivate site</source>
        <translation>Деактивировать объект</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Добавить контакт…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Изменить контакт…</translation>
    </message>
    <message>
        <source>Deactivate contact</source>
        <translation>Деактивировать контакт</translation>
    </message>
    <message>
        <source>No mail to them…</source>
        <translation>Не отправлять почту…</translation>
    </message>
    <message>
        <source>Stop or resume the desk&apos;s mail to the selected contact</source>
        <translation>Остановить или возобновить отправку писем службы поддержки выбранному контакту</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add contract…</source>
        <translation>Добавить договор…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Select a client.</source>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Its tickets, contracts and invoices stay; it is no longer listed.</source>
        <translation>Деактивировать %1? Заявки, договоры и счета сохранятся; клиент больше не будет отображаться в списках.</translation>
    </message>
    <message>
        <source>Mail them again</source>
        <translation>Снова отправлять почту</translation>
    </message>
    <message>
        <source>No mail to %1</source>
        <translation>Не отправлять почту: %1</translation>
    </message>
    <message>
        <source>The desk sends %1 no confirmations or status mails from now on.
Why (for the record, optional):</source>
        <translation>Служба поддержки больше не будет отправлять подтверждения и письма о статусе (получатель: %1).
Причина (для истории, необязательно):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <source>New site of %1</source>
        <translation>Новый объект клиента %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Объект %1</translation>
    </message>
    <message>
        <source>New contact of %1</source>
        <translation>Новый контакт клиента %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Закрытие заявки %1</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>Закрыть заявку %1?</translation>
    </message>
    <message>
        <source>How was it resolved? This stays on the ticket&apos;s timeline; the ticket leaves the open queue.</source>
        <translation>Как проблема была решена? Это останется в хронологии заявки; заявка уйдёт из очереди открытых.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>What was done, and what fixed it</source>
        <translation>Что было сделано и что устранило проблему</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Закрыть заявку</translation>
    </message>
    <message>
        <source>Write how it was resolved first.</source>
        <translation>Сначала опишите, как проблема была решена.</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Only an admin, a dispatcher or a service manager may enter or remove closing days.</source>
        <translation>Вводить и удалять нерабочие дни могут только администратор, диспетчер или сервис-менеджер.</translation>
    </message>
    <message>
        <source>%1 (your company)</source>
        <translation>%1 (ваша компания)</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>A public holiday: it cannot be removed here.</source>
        <translation>Праздничный день: его нельзя удалить здесь.</translation>
    </message>
    <message>
        <source>%1 public holidays, %2 closing days</source>
        <translation>Праздничных дней: %1, нерабочих дней: %2</translation>
    </message>
    <message>
        <source>No public holidays: your company&apos;s country is not set up yet.</source>
        <translation>Праздничных дней нет: страна вашей компании ещё не указана.</translation>
    </message>
    <message>
        <source>Public holidays of %1, and the closing days that hold for everyone.</source>
        <translation>Праздничные дни (%1) и нерабочие дни, общие для всех.</translation>
    </message>
    <message>
        <source>Public holidays of %1, the closing days for everyone and this client&apos;s own. Times are the client&apos;s local time.</source>
        <translation>Праздничные дни (%1), нерабочие дни для всех и собственные дни этого клиента. Время указано местное для клиента.</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Closed for this client</source>
        <translation>Закрыто для этого клиента</translation>
    </message>
    <message>
        <source>Closed for everyone</source>
        <translation>Закрыто для всех</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>New closing day for everyone</source>
        <translation>Новый нерабочий день для всех</translation>
    </message>
    <message>
        <source>New closing day for %1</source>
        <translation>Новый нерабочий день: %1</translation>
    </message>
    <message>
        <source>Remove closing day</source>
        <translation>Удалить нерабочий день</translation>
    </message>
    <message>
        <source>Remove the closing day of %1 (%2)? The clocks run again then.</source>
        <translation>Удалить нерабочий день %1 (%2)? Таймеры SLA снова пойдут.</translation>
    </message>
    <message>
        <source>Could not remove the closing day</source>
        <translation>Не удалось удалить нерабочий день</translation>
    </message>
    <message>
        <source>Holidays and closing days</source>
        <translation>Праздничные и нерабочие дни</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Add closing day…</source>
        <translation>&amp;Добавить нерабочий день…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New closing day</source>
        <translation>Новый нерабочий день</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>why the clocks stop, e.g. company outing</source>
        <translation>почему таймеры SLA останавливаются, напр. корпоратив</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моя версия</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Версия сервера</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Оставить версию сервера</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>Отправить мою версию повторно</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>The person who asks, as a new contact of %1.</source>
        <translation>Заявитель как новый контакт клиента %1.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>имя и фамилия</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>с кодом страны, напр. +7 495 123 4567</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>язык общения с этим человеком, напр. ru</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Include ended</source>
        <translation>Показывать завершённые</translation>
    </message>
    <message>
        <source>End contract…</source>
        <translation>Завершить договор…</translation>
    </message>
    <message>
        <source>Select a contract.</source>
        <translation>Выберите договор.</translation>
    </message>
    <message>
        <source>Rates and terms</source>
        <translation>Ставки и условия</translation>
    </message>
    <message>
        <source>No SLA targets.</source>
        <translation>Нет целей SLA.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>(24x7)</source>
        <translation>(24x7)</translation>
    </message>
    <message>
        <source>Contract %1 of %2</source>
        <translation>Договор %1 клиента %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Bill the work again</source>
        <translation>Выставить работу повторно</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Credit note for {0}</source>
        <translation>Корректировка счёта {0}</translation>
    </message>
    <message>
        <source>Tick the lines to take back. The invoice itself never changes; the credit note gets its own number and never changes once issued either.</source>
        <translation>Отметьте строки, которые нужно сторнировать. Сам счёт не изменяется; корректировочный счёт получает собственный номер и после выставления тоже не изменяется.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Сторнировать</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>{0} (credited)</source>
        <translation>{0} (скорректировано)</translation>
    </message>
    <message>
        <source>What was wrong, as the client will read it</source>
        <translation>Что было не так — в том виде, в каком это прочтёт клиент</translation>
    </message>
    <message>
        <source>Bill this work again in the next run</source>
        <translation>Выставить эту работу повторно при следующем расчёте</translation>
    </message>
    <message>
        <source>Only when the whole invoice is taken back: its time entries wait for the next billing run, to be billed correctly.</source>
        <translation>Только если сторнируется весь счёт: его записи времени ждут следующего расчёта, чтобы быть выставленными правильно.</translation>
    </message>
    <message>
        <source>Issue the credit note now</source>
        <translation>Выставить корректировочный счёт сейчас</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Создать корректировочный счёт</translation>
    </message>
    <message>
        <source>Takes back {0} of {1} lines: {2} before tax.</source>
        <translation>Сторнируется {0} из {1} строк: {2} без налога.</translation>
    </message>
</context>
<context>
    <name>DayPlanView</name>
    <message>
        <source>Engineer of the day plan</source>
        <translation>Инженер для плана дня</translation>
    </message>
    <message>
        <source>Whose day is shown, with the travel between sites</source>
        <translation>Чей день показан, с дорогой между объектами</translation>
    </message>
    <message>
        <source>Visits and travel of the day</source>
        <translation>Выезды и дорога за день</translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation>План дня</translation>
    </message>
    <message>
        <source>No engineer to show.</source>
        <translation>Нет инженера для показа.</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3 · from the base in %4</source>
        <translation>%1 · %2 · время: %3 · выезд с базы: %4</translation>
    </message>
    <message>
        <source>No visits planned this day.</source>
        <translation>На этот день выезды не запланированы.</translation>
    </message>
    <message>
        <source>Estimated travel this day: %1 h %2 min</source>
        <translation>Ориентировочное время в дороге за день: %1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Вся служба поддержки</translation>
    </message>
    <message>
        <source>Final close</source>
        <translation>Окончательное закрытие</translation>
    </message>
    <message>
        <source>Partial: service restored</source>
        <translation>Частичное: сервис восстановлен</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Инженер:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>Up to (not including):</source>
        <translation>До (не включая):</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Документ готовится…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save &amp;e-invoice (UBL)…</source>
        <translation>Сохранить &amp;электронный счёт (UBL)…</translation>
    </message>
    <message>
        <source>Save this invoice as an e-invoice (UBL 2.1, Peppol BIS Billing 3.0)</source>
        <translation>Сохранить этот счёт как электронный счёт (UBL 2.1, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>Save &amp;Factur-X PDF…</source>
        <translation>Сохранить PDF &amp;Factur-X…</translation>
    </message>
    <message>
        <source>Save this invoice as a PDF with its e-invoice embedded (Factur-X, PDF/A-3)</source>
        <translation>Сохранить этот счёт как PDF со встроенным электронным счётом (Factur-X, PDF/A-3)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF with the e-invoice embedded (Factur-X): Save as… writes that PDF</source>
        <translation>Этот клиент получает счета в виде PDF со встроенным электронным счётом (Factur-X): «Сохранить как…» записывает такой PDF</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF and a UBL file: Save as… writes both, side by side</source>
        <translation>Этот клиент получает счета в виде PDF и файла UBL: «Сохранить как…» записывает оба файла рядом</translation>
    </message>
    <message>
        <source>%1 page(s), %2 KB</source>
        <translation>Страниц: %1, %2 КБ</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the document</source>
        <translation>Не удалось сохранить документ</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saved to %1, its e-invoice to %2</source>
        <translation>Сохранено: %1, электронный счёт: %2</translation>
    </message>
    <message>
        <source>Save the e-invoice</source>
        <translation>Сохранить электронный счёт</translation>
    </message>
    <message>
        <source>UBL e-invoice (*.xml)</source>
        <translation>Электронный счёт UBL (*.xml)</translation>
    </message>
    <message>
        <source>Could not save the e-invoice</source>
        <translation>Не удалось сохранить электронный счёт</translation>
    </message>
    <message>
        <source>E-invoice saved to %1</source>
        <translation>Электронный счёт сохранён: %1</translation>
    </message>
    <message>
        <source>Save the Factur-X PDF</source>
        <translation>Сохранить PDF Factur-X</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice (*.pdf)</source>
        <translation>PDF со встроенным электронным счётом (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the Factur-X PDF</source>
        <translation>Не удалось сохранить PDF Factur-X</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice saved to %1</source>
        <translation>PDF со встроенным электронным счётом сохранён: %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Отправлено на принтер страниц: %1.</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>Завершение договора %1</translation>
    </message>
    <message>
        <source>End contract</source>
        <translation>Завершить договор</translation>
    </message>
    <message>
        <source>The contract covers work up to and including its last day; it stays on file, with its tickets and invoices.</source>
        <translation>Договор покрывает работы по последний день включительно; он сохраняется вместе со своими заявками и счетами.</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Последний день:</translation>
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
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Навыки:</translation>
    </message>
    <message>
        <source>comma separated, e.g. cisco, windows server</source>
        <translation>через запятую, напр. cisco, windows server</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>коды через запятую, напр. ru, en</translation>
    </message>
    <message>
        <source>Planned leave:</source>
        <translation>Запланированное отсутствие:</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>Удалить выбранное отсутствие</translation>
    </message>
    <message>
        <source>Leave from:</source>
        <translation>Отсутствие с:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Leave to:</source>
        <translation>Отсутствие по:</translation>
    </message>
    <message>
        <source>Leave kind:</source>
        <translation>Вид отсутствия:</translation>
    </message>
    <message>
        <source>Add this leave (a colleague covers)</source>
        <translation>Добавить это отсутствие (замещает коллега)</translation>
    </message>
    <message>
        <source>latitude, longitude, e.g. 52.37, 4.90</source>
        <translation>широта, долгота, напр. 55.75, 37.62</translation>
    </message>
    <message>
        <source>Where the engineer&apos;s day starts, in degrees (south and west negative). Travel to the first site of the day is estimated from here; leave it empty when unknown.</source>
        <translation>Где начинается день инженера, в градусах (юг и запад — отрицательные). Отсюда оценивается дорога до первого объекта дня; оставьте пустым, если неизвестно.</translation>
    </message>
    <message>
        <source>Base (latitude, longitude)</source>
        <translation>База (широта, долгота)</translation>
    </message>
    <message>
        <source>Base (latitude, longitude):</source>
        <translation>База (широта, долгота):</translation>
    </message>
</context>
<context>
    <name>EngineersView</name>
    <message>
        <source>Select an engineer.</source>
        <translation>Выберите инженера.</translation>
    </message>
    <message>
        <source>New engineer</source>
        <translation>Новый инженер</translation>
    </message>
    <message>
        <source>Engineer %1</source>
        <translation>Инженер %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Their visits and time stay; they are no longer suggested or listed.</source>
        <translation>Деактивировать %1? Выезды и учтённое время сохранятся; инженер больше не будет предлагаться и отображаться в списках.</translation>
    </message>
</context>
<context>
    <name>FindTicketsDialog</name>
    <message>
        <source>Find tickets</source>
        <translation>Поиск заявок</translation>
    </message>
    <message>
        <source>Words of the reference, title, text, client, site or requester</source>
        <translation>Слова из номера, названия, текста, клиента, объекта или заявителя</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>Which tickets</source>
        <translation>Какие заявки</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые заявки</translation>
    </message>
    <message>
        <source>Closed tickets</source>
        <translation>Закрытые заявки</translation>
    </message>
    <message>
        <source>Type a few words: closed tickets are found too.</source>
        <translation>Введите несколько слов: закрытые заявки тоже будут найдены.</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Найденные заявки</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Type at least three letters of a word.</source>
        <translation>Введите не менее трёх букв слова.</translation>
    </message>
    <message>
        <source>No ticket holds all of these words.</source>
        <translation>Нет заявки, содержащей все эти слова.</translation>
    </message>
    <message>
        <source>1 ticket found.</source>
        <translation>Найдена 1 заявка.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets found, newest first.</source>
        <translation>
            <numerusform>Найдена %n заявка, сначала новые.</numerusform>
            <numerusform>Найдено %n заявки, сначала новые.</numerusform>
            <numerusform>Найдено %n заявок, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Редакция %1 · %2</translation>
    </message>
    <message>
        <source>(the text did not change)</source>
        <translation>(текст не изменился)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>site</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>инженер</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Sites of clients</source>
        <translation>Объекты клиентов</translation>
    </message>
    <message>
        <source>Contacts of clients</source>
        <translation>Контакты клиентов</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>Инженеры</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Файл CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 — не текст в UTF-8; сохраните файл в UTF-8 и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows refused; nothing was written. Fix the file and check it again.</source>
        <translation>Отклонено строк: %1 из %2; ничего не записано. Исправьте файл и проверьте его снова.</translation>
    </message>
    <message>
        <source>All %1 rows are good: %2 would be added. Nothing was written (check only).</source>
        <translation>Все строки (%1) в порядке: будет добавлено %2. Ничего не записано (только проверка).</translation>
    </message>
    <message>
        <source>Done: %1 rows added.</source>
        <translation>Готово: добавлено строк: %1.</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>Импорт из файла CSV</translation>
    </message>
    <message>
        <source>Every row of the file is checked first. If any row is refused, nothing is added: fix the file and try again. Sites and contacts name their client in a &quot;client&quot; column.</source>
        <translation>Сначала проверяется каждая строка файла. Если хотя бы одна строка отклонена, ничего не добавляется: исправьте файл и повторите попытку. Для объектов и контактов клиент указывается в столбце &quot;client&quot;.</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Содержимое файла:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>a CSV file, UTF-8, with a header row</source>
        <translation>файл CSV в UTF-8 со строкой заголовков</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>&amp;Только проверить</translation>
    </message>
    <message>
        <source>Check every row and report; nothing is written</source>
        <translation>Проверить каждую строку и вывести отчёт; ничего не записывается</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Add every row, or nothing if any row is refused</source>
        <translation>Добавить все строки или ничего, если хотя бы одна отклонена</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>This store holds records of its own. Sent, they become the shared database&apos;s first records; a shared database that holds records already takes none.</source>
        <translation>В этом хранилище есть собственные записи. После отправки они станут первыми записями общей базы данных; общая база данных, в которой уже есть записи, их не примет.</translation>
    </message>
    <message>
        <source>This store is empty: it takes the shared database&apos;s records.</source>
        <translation>Это хранилище пусто: оно получит записи общей базы данных.</translation>
    </message>
    <message>
        <source>This desk works on the shared database itself.</source>
        <translation>Эта консоль работает напрямую с общей базой данных.</translation>
    </message>
    <message>
        <source>This store syncs with %1 already.</source>
        <translation>Это хранилище уже синхронизируется с %1.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Заполните: %1</translation>
    </message>
    <message>
        <source>Joined %1, but the first sync did not go through: %2. The desk tries again every minute.</source>
        <translation>Подключено к %1, но первая синхронизация не прошла: %2. Консоль повторяет попытку каждую минуту.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Joining %1… The first download can take a few minutes.</source>
        <translation>Подключение к %1… Первая загрузка может занять несколько минут.</translation>
    </message>
    <message>
        <source>Join a shared database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <source>This desk then works with the rest of the team: its changes go to the shared database and theirs come here, every minute and whenever the network returns. Work done offline waits and goes with the next sync. Your administrator gives you the address and a login.</source>
        <translation>После этого консоль работает вместе с остальной командой: её изменения уходят в общую базу данных, а изменения коллег приходят сюда — каждую минуту и как только вернётся сеть. Работа, сделанная офлайн, ждёт и уходит со следующей синхронизацией. Адрес и логин выдаёт ваш администратор.</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Общая &amp;база данных:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>leave empty to use the one in the keyring</source>
        <translation>оставьте пустым, чтобы взять пароль из хранилища ключей</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Unticked, the password is used for this session only and asked again after a restart.</source>
        <translation>Если флажок снят, пароль действует только в этом сеансе и будет снова запрошен после перезапуска.</translation>
    </message>
    <message>
        <source>&amp;Send this store&apos;s records to the shared database</source>
        <translation>&amp;Отправить записи этого хранилища в общую базу данных</translation>
    </message>
    <message>
        <source>Only for a shared database that is still empty, signed in as a dispatcher, a service manager or an administrator.</source>
        <translation>Только для общей базы данных, которая ещё пуста, при входе в роли диспетчера, сервис-менеджера или администратора.</translation>
    </message>
</context>
<context>
    <name>KickoffDialog</name>
    <message>
        <source>Kick-off of %1</source>
        <translation>Стартовая встреча: %1</translation>
    </message>
    <message>
        <source>The meeting that starts the on-site support. The service review names the latest one; enter the focus areas agreed there as review notes.</source>
        <translation>Встреча, с которой начинается выездная поддержка. В обзоре обслуживания указывается последняя; согласованные на ней приоритетные направления внесите как заметки к обзору.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Дата встречи:</translation>
    </message>
    <message>
        <source>Consultants agreed</source>
        <translation>Согласованные консультанты</translation>
    </message>
    <message>
        <source>Consultants:</source>
        <translation>Консультанты:</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Что согласовано</translation>
    </message>
    <message>
        <source>What was agreed, in a few lines (optional)</source>
        <translation>Что согласовано, в нескольких строках (необязательно)</translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation>Согласовано:</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Access and keys</source>
        <translation>Доступы и ключи</translation>
    </message>
    <message>
        <source>Suppliers and contacts</source>
        <translation>Поставщики и контакты</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедуры</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск в базе знаний</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <translation>Поиск по названиям и текстам…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client or site</source>
        <translation>Клиент или объект</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Все объекты</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n articles shown: choose a client or a topic, or type words to narrow the list.</source>
        <translation>
            <numerusform>Показаны первые %1 из %n статьи: выберите клиента или тему либо введите слова, чтобы сузить список.</numerusform>
            <numerusform>Показаны первые %1 из %n статей: выберите клиента или тему либо введите слова, чтобы сузить список.</numerusform>
            <numerusform>Показаны первые %1 из %n статей: выберите клиента или тему либо введите слова, чтобы сузить список.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches. Try fewer words, or another topic or site.</source>
        <translation>Нет подходящих статей. Попробуйте меньше слов, другую тему или другой объект.</translation>
    </message>
    <message>
        <source>You serve no client yet: the knowledge base opens with the first ticket or visit you are given.</source>
        <translation>Вы ещё не обслуживаете ни одного клиента: база знаний откроется с первой назначенной вам заявкой или выездом.</translation>
    </message>
    <message>
        <source>Nothing written yet. Use New article to note what an engineer needs on site: network, servers, backups, how to get in, whom to call.</source>
        <translation>Пока ничего не написано. Через «Новая статья» запишите, что нужно инженеру на месте: сеть, серверы, резервные копии, как пройти, кому звонить.</translation>
    </message>
    <message>
        <source>Choose an article to read it.</source>
        <translation>Выберите статью, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3, %4</source>
        <translation>%1 · %2 · редакция %3, %4</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Complete %1</source>
        <translation>Завершение выезда %1</translation>
    </message>
    <message>
        <source>Who at the client agreed that the engineer may leave?</source>
        <translation>Кто со стороны клиента согласовал уход инженера?</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Одобрил</translation>
    </message>
    <message>
        <source>Name of the client&apos;s contact</source>
        <translation>Имя контактного лица клиента</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Время одобрения</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>Signature picture…</source>
        <translation>Изображение подписи…</translation>
    </message>
    <message>
        <source>A PNG picture of the contact&apos;s signature (optional).</source>
        <translation>PNG-изображение подписи контактного лица (необязательно).</translation>
    </message>
    <message>
        <source>Approved at (%1)</source>
        <translation>Время одобрения (%1)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>Завершить выезд</translation>
    </message>
    <message>
        <source>Write who agreed first.</source>
        <translation>Сначала укажите, кто дал согласие.</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Изображение: %1</translation>
    </message>
    <message>
        <source>Signed on the pad</source>
        <translation>Подписано на панели</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>Log folder</source>
        <translation>Папка журнала</translation>
    </message>
    <message>
        <source>The log is kept in %1</source>
        <translation>Журнал хранится в %1</translation>
    </message>
</context>
<context>
    <name>MailAttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>No files came by mail with this ticket.</source>
        <translation>По этой заявке файлы по почте не поступали.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Не удалось сохранить файл</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>This desk already takes mail in as it arrives (see Mail settings).</source>
        <translation>Эта консоль уже принимает почту по мере поступления (см. настройки почты).</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message>
        <source>Fetching mail… %1 messages so far</source>
        <translation>Получение почты… получено сообщений: %1</translation>
    </message>
</context>
<context>
    <name>MailFetching</name>
    <message>
        <source>%1 new tickets</source>
        <translation>новых заявок: %1</translation>
    </message>
    <message>
        <source>%1 notes on tickets</source>
        <translation>заметок к заявкам: %1</translation>
    </message>
    <message>
        <source>%1 tickets reopened</source>
        <translation>повторно открытых заявок: %1</translation>
    </message>
    <message>
        <source>%1 follow-up tickets</source>
        <translation>последующих заявок: %1</translation>
    </message>
    <message>
        <source>%1 from unknown senders</source>
        <translation>от неизвестных отправителей: %1</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>нечитаемых: %1</translation>
    </message>
    <message>
        <source>%1 automatic replies ignored</source>
        <translation>пропущено автоответов: %1</translation>
    </message>
    <message>
        <source>%1 seen before</source>
        <translation>уже полученных ранее: %1</translation>
    </message>
    <message>
        <source>The mail server did not answer in time. Nothing was lost; try again later.</source>
        <translation>Почтовый сервер не ответил вовремя. Ничего не потеряно; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off (%1). Try again later.</source>
        <translation>Соединение с почтовым сервером прервано (%1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>This desk works on a copy of the shared database. Mail is taken in on the shared database, by the mail service or a desk connected to it.</source>
        <translation>Эта консоль работает с копией общей базы данных. Почта принимается в общую базу данных почтовой службой или консолью, подключённой к ней.</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>Новой почты нет.</translation>
    </message>
    <message>
        <source>Mail taken in: %1.</source>
        <translation>Почта принята: %1.</translation>
    </message>
</context>
<context>
    <name>MailMenu</name>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Настройки по&amp;чты…</translation>
    </message>
    <message>
        <source>&amp;Fetch mail now</source>
        <translation>По&amp;лучить почту сейчас</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Настройки почты сохранены.</translation>
    </message>
    <message>
        <source>New mail taken in; F5 shows it in the queue.</source>
        <translation>Принята новая почта; F5 покажет её в очереди.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS, certificate checked</source>
        <translation>STARTTLS, сертификат проверяется</translation>
    </message>
    <message>
        <source>TLS from the start, certificate checked</source>
        <translation>TLS с самого начала, сертификат проверяется</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>Без шифрования: только для сервера на этом компьютере</translation>
    </message>
    <message>
        <source>Only an administrator may set up mailboxes and change these settings.</source>
        <translation>Настраивать почтовые ящики и менять эти параметры может только администратор.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Выключен</translation>
    </message>
    <message>
        <source>No password kept</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>On · %1 taken in</source>
        <translation>Включён · принято: %1</translation>
    </message>
    <message>
        <source>Shared desk address</source>
        <translation>Общий адрес службы поддержки</translation>
    </message>
    <message>
        <source>Stop taking mail from %1? Its password is forgotten. If it took mail in, it is switched off and what it took in stays.</source>
        <translation>Прекратить приём почты из %1? Пароль будет удалён. Если из ящика уже принималась почта, он будет выключен, а принятая почта сохранится.</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>Удалить почтовый ящик</translation>
    </message>
    <message>
        <source>Could not remove the mailbox</source>
        <translation>Не удалось удалить почтовый ящик</translation>
    </message>
    <message>
        <source>kept; type a new one to change it</source>
        <translation>сохранён; введите новый, чтобы изменить</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Настройки почты</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>Mailboxes the desk takes tickets from</source>
        <translation>Почтовые ящики, из которых служба поддержки получает заявки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>&amp;Добавить ящик…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <translation>Приём почты</translation>
    </message>
    <message>
        <source>Re&amp;open window (days):</source>
        <translation>Срок повторного &amp;открытия (дней):</translation>
    </message>
    <message>
        <source>A reply this many days after a ticket was closed reopens it; a later reply opens a new ticket linked to it.</source>
        <translation>Ответ, пришедший в течение стольких дней после закрытия заявки, открывает её снова; более поздний ответ открывает новую связанную заявку.</translation>
    </message>
    <message>
        <source>&amp;Largest attachment kept (MB):</source>
        <translation>&amp;Максимальный размер сохраняемого вложения (МБ):</translation>
    </message>
    <message>
        <source>A larger file is not kept; the ticket lists it with the reason.</source>
        <translation>Файл большего размера не сохраняется; в заявке он указывается с причиной.</translation>
    </message>
    <message>
        <source>Automatic &amp;answers per sender and hour:</source>
        <translation>&amp;Автоответов на отправителя в час:</translation>
    </message>
    <message>
        <source>At most this many automatic mails go to one sender in an hour, so two machines cannot answer each other for ever.</source>
        <translation>Не более стольких автоматических писем одному отправителю в час, чтобы две системы не отвечали друг другу бесконечно.</translation>
    </message>
    <message>
        <source>&amp;This desk fetches and sends mail while it is open</source>
        <translation>&amp;Эта консоль получает и отправляет почту, пока открыта</translation>
    </message>
    <message>
        <source>While this window is open it watches every mailbox, takes new mail in as it arrives and sends the mail the desk queued. Only one desk or mail service fetches a mailbox at a time.</source>
        <translation>Пока это окно открыто, оно следит за всеми почтовыми ящиками, принимает новую почту по мере поступления и отправляет письма из очереди службы поддержки. Один почтовый ящик одновременно опрашивает только одна консоль или почтовая служба.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>The server the desk sends its mail through: confirmations with the ticket&apos;s reference, status changes and replies to clients, and notices to the dispatchers. Without a server nothing is sent.</source>
        <translation>Сервер, через который служба поддержки отправляет почту: подтверждения с номером заявки, изменения статуса и ответы клиентам, уведомления диспетчерам. Без сервера ничего не отправляется.</translation>
    </message>
    <message>
        <source>SMTP ser&amp;ver:</source>
        <translation>Сервер S&amp;MTP:</translation>
    </message>
    <message>
        <source>smtp.example.com, or empty to send nothing</source>
        <translation>smtp.example.com или пусто, чтобы ничего не отправлять</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>Адрес &amp;отправителя:</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@your-company.example</translation>
    </message>
    <message>
        <source>Sender&apos;s na&amp;me:</source>
        <translation>Имя отп&amp;равителя:</translation>
    </message>
    <message>
        <source>e.g. Helpdesk Noord service desk</source>
        <translation>напр. Служба поддержки Helpdesk Noord</translation>
    </message>
    <message>
        <source>&amp;Dispatchers&apos; address:</source>
        <translation>Адрес &amp;диспетчеров:</translation>
    </message>
    <message>
        <source>Where SLA warnings go by mail; empty: to each dispatcher&apos;s own address.</source>
        <translation>Куда отправляются предупреждения SLA; если пусто — на личный адрес каждого диспетчера.</translation>
    </message>
    <message>
        <source>Mailboxes are added and removed at once; Save keeps the other values.</source>
        <translation>Почтовые ящики добавляются и удаляются сразу; «Сохранить» сохраняет остальные значения.</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>&amp;Получить сейчас</translation>
    </message>
    <message>
        <source>Take in the mail waiting in every mailbox now.</source>
        <translation>Получить почту, ожидающую во всех почтовых ящиках.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>May belong to</source>
        <translation>Возможно, относится к</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>Mail from unknown senders</source>
        <translation>Почта от неизвестных отправителей</translation>
    </message>
    <message>
        <source>&amp;Accept as ticket…</source>
        <translation>&amp;Принять как заявку…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Mail from addresses the desk does not know. Accept a message as a ticket for the client it is for (the sender becomes a requester), or dismiss it.</source>
        <translation>Письма с адресов, неизвестных службе поддержки. Примите сообщение как заявку для нужного клиента (отправитель станет заявителем) или отклоните его.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Почему не удалось прочитать</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>Нечитаемая почта</translation>
    </message>
    <message>
        <source>&amp;Show the message…</source>
        <translation>&amp;Показать сообщение…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>О&amp;тклонить</translation>
    </message>
    <message>
        <source>Messages that could not be read. Each was moved to its mailbox&apos;s quarantine folder on the server; look at it, then dismiss it.</source>
        <translation>Сообщения, которые не удалось прочитать. Каждое перемещено на сервере в папку карантина своего почтового ящика; просмотрите его, затем отклоните.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди с</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Почему ожидает</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Исходящая почта</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;повторно</translation>
    </message>
    <message>
        <source>Mail to clients and the desk that is not sent yet, or could not be sent. A failed mail is sent again only when you say so.</source>
        <translation>Письма клиентам и службе поддержки, которые ещё не отправлены или не могли быть отправлены. Неотправленное письмо отправляется повторно только по вашей команде.</translation>
    </message>
    <message>
        <source>Only the service desk may settle these messages.</source>
        <translation>Обрабатывать эти сообщения может только служба поддержки.</translation>
    </message>
    <message>
        <source>Could not read the mail lists</source>
        <translation>Не удалось прочитать списки писем</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Moved to %1 on the server</source>
        <translation>Перемещено на сервере в %1</translation>
    </message>
    <message>
        <source>Outbox (%1, %2 failed)</source>
        <translation>Исходящие (%1, с ошибкой: %2)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Исходящие (%1)</translation>
    </message>
    <message>
        <source>Unknown senders (%1)</source>
        <translation>Неизвестные отправители (%1)</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>Не удалось прочитать (%1)</translation>
    </message>
    <message>
        <source>No mailbox is set up yet: File ▸ Mail settings… adds one.</source>
        <translation>Почтовый ящик ещё не настроен: добавьте его через Файл ▸ Настройки почты…</translation>
    </message>
    <message>
        <source>sent at the next round</source>
        <translation>будет отправлено в следующем цикле</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>следующая попытка %1</translation>
    </message>
    <message>
        <source>(tried %1 times)</source>
        <translation>(попыток: %1)</translation>
    </message>
    <message>
        <source>Ticket %1 made from the message.</source>
        <translation>Из сообщения создана заявка %1.</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Отклонить сообщение</translation>
    </message>
    <message>
        <source>Dismiss the message “%1” from %2 without a ticket?</source>
        <translation>Отклонить сообщение «%1» (отправитель: %2), не создавая заявку?</translation>
    </message>
    <message>
        <source>Take this unreadable message off the list? It stays stored and on the server in %1.</source>
        <translation>Убрать это нечитаемое сообщение из списка? Оно останется в хранилище и на сервере в %1.</translation>
    </message>
    <message>
        <source>The mail to %1 is sent again at the next round.</source>
        <translation>Письмо (получатель: %1) будет отправлено повторно в следующем цикле.</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message>
        <source>Last fetch %1: %2</source>
        <translation>Последнее получение %1: %2</translation>
    </message>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>Эта консоль принимает почту по мере поступления и отправляет письма службы поддержки.</translation>
    </message>
</context>
<context>
    <name>MailWatcher</name>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>Эта консоль принимает почту по мере поступления и отправляет письма службы поддержки.</translation>
    </message>
    <message>
        <source>Not fetching mail: %1</source>
        <translation>Почта не принимается: %1</translation>
    </message>
    <message>
        <source>Fetching mail: %1</source>
        <translation>Приём почты: %1</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Encrypted (TLS), certificate checked</source>
        <translation>С шифрованием (TLS), сертификат проверяется</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>Без шифрования: только для сервера на этом компьютере</translation>
    </message>
    <message>
        <source>The shared desk address (any client)</source>
        <translation>Общий адрес службы поддержки (любой клиент)</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <translation>Новый почтовый ящик</translation>
    </message>
    <message>
        <source>Mailbox %1</source>
        <translation>Почтовый ящик %1</translation>
    </message>
    <message>
        <source>type a new password, or leave this empty to keep the current one</source>
        <translation>введите новый пароль или оставьте пустым, чтобы сохранить текущий</translation>
    </message>
    <message>
        <source>no password is kept yet: type it here</source>
        <translation>пароль ещё не сохранён: введите его здесь</translation>
    </message>
    <message>
        <source>Mail taken in stays taken when the server or folder changes: nothing becomes a ticket twice.</source>
        <translation>Принятая почта остаётся принятой при смене сервера или папки: ничто не станет заявкой дважды.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Заполните: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>The desk signs in to this mailbox over IMAP and makes a ticket of every message that arrives in its folder.</source>
        <translation>Служба поддержки подключается к этому ящику по IMAP и создаёт заявку из каждого сообщения, поступившего в его папку.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>a short name, e.g. desk or tulp-support</source>
        <translation>короткое название, напр. desk или tulp-support</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>Сервер &amp;IMAP:</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@your-company.example</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>&amp;Unreadable mail to:</source>
        <translation>&amp;Нечитаемую почту в:</translation>
    </message>
    <message>
        <source>The folder on the server where messages that cannot be read are moved; the desk lists them under Mail.</source>
        <translation>Папка на сервере, куда перемещаются нечитаемые сообщения; служба поддержки видит их в разделе «Почта».</translation>
    </message>
    <message>
        <source>Ser&amp;ves:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <source>One client&apos;s own address, or the shared desk address every client writes to.</source>
        <translation>Собственный адрес одного клиента или общий адрес службы поддержки, на который пишут все клиенты.</translation>
    </message>
    <message>
        <source>&amp;Take mail from this mailbox</source>
        <translation>П&amp;ринимать почту из этого ящика</translation>
    </message>
    <message>
        <source>Switched off, the desk leaves this mailbox alone; what it took in stays.</source>
        <translation>Если выключено, служба поддержки не трогает этот ящик; принятая почта сохраняется.</translation>
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
        <translation>Локальное хранилище</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Новый &amp;выезд…</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>&amp;Учесть время…</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Найти в очереди</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>&amp;Профиль компании…</translation>
    </message>
    <message>
        <source>&amp;Holidays and closing days…</source>
        <translation>П&amp;раздничные и нерабочие дни…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <source>&amp;Join a shared database…</source>
        <translation>Подкл&amp;ючиться к общей базе данных…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Print a document…</source>
        <translation>Печать &amp;документа…</translation>
    </message>
    <message>
        <source>Co&amp;nflict inbox…</source>
        <translation>&amp;Конфликты синхронизации…</translation>
    </message>
    <message>
        <source>Find t&amp;ickets, closed ones too…</source>
        <translation>Найти &amp;заявки, включая закрытые…</translation>
    </message>
    <message>
        <source>Re&amp;view notes…</source>
        <translation>&amp;Заметки к обзору…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;About Dispatch Console</source>
        <translation>&amp;О программе Dispatch Console</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить (%1)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить (%1)</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Не удалось отменить: %1</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Загрузка очереди…</translation>
    </message>
    <message>
        <source>No clients yet: add them in the Clients tab (Ctrl+6) or import them (File ▸ Import from CSV…)</source>
        <translation>Клиентов пока нет: добавьте их на вкладке «Клиенты» (Ctrl+6) или импортируйте (Файл ▸ Импорт из CSV…)</translation>
    </message>
    <message>
        <source>Open tickets: %1 shown of %2</source>
        <translation>Открытые заявки: показано %1 из %2</translation>
    </message>
    <message>
        <source>The queue could not be loaded</source>
        <translation>Не удалось загрузить очередь</translation>
    </message>
    <message>
        <source>Could not load the queue</source>
        <translation>Ошибка загрузки очереди</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Нет заявки</translation>
    </message>
    <message>
        <source>Select a ticket in the queue first.</source>
        <translation>Сначала выберите заявку в очереди.</translation>
    </message>
    <message>
        <source>Ticket registered.</source>
        <translation>Заявка зарегистрирована.</translation>
    </message>
    <message>
        <source>Visit %1 requested.</source>
        <translation>Запрошен выезд %1.</translation>
    </message>
    <message>
        <source>Timer started: stop it in the time and credit tab when the work is done</source>
        <translation>Таймер запущен: остановите его на вкладке времени и предоплаты, когда работа будет сделана</translation>
    </message>
    <message>
        <source>%1. The password is used for this session only.</source>
        <translation>%1. Пароль действует только в этом сеансе.</translation>
    </message>
    <message>
        <source>Dispatch Console %1
Tickets, SLA clocks, visits, time and billing for service desks.</source>
        <translation>Dispatch Console %1
Заявки, таймеры SLA, выезды, учёт времени и выставление счетов для служб поддержки.</translation>
    </message>
    <message>
        <source>About Dispatch Console</source>
        <translation>О программе Dispatch Console</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;График</translation>
    </message>
    <message>
        <source>&amp;Time &amp;&amp; credit</source>
        <translation>&amp;Время &amp;&amp; предоплата</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Счета</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>К&amp;лиенты</translation>
    </message>
    <message>
        <source>C&amp;ontracts</source>
        <translation>&amp;Договоры</translation>
    </message>
    <message>
        <source>&amp;Engineers</source>
        <translation>&amp;Инженеры</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Почта</translation>
    </message>
    <message>
        <source>M&amp;y day</source>
        <translation>&amp;Мой день</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знаний</translation>
    </message>
</context>
<context>
    <name>MasterView</name>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Include inactive</source>
        <translation>Показывать неактивные</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>No engineers yet: add them in the Engineers tab.</source>
        <translation>Инженеров пока нет: добавьте их на вкладке «Инженеры».</translation>
    </message>
    <message>
        <source>Your user is not linked to an engineer, so there is no day to show. Ask the desk to link your user to your engineer.</source>
        <translation>Ваш пользователь не связан с инженером, поэтому показать нечего. Попросите службу поддержки связать вашего пользователя с вашей карточкой инженера.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Выезды: %1</translation>
    </message>
    <message>
        <source>times in the site&apos;s zone; the engineer&apos;s zone: %1</source>
        <translation>время местное для объекта; часовой пояс инженера: %1</translation>
    </message>
    <message>
        <source>Mark %1 as %2? This ends the visit and cannot be undone.</source>
        <translation>Отметить %1 как «%2»? Это завершает выезд, отменить нельзя.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>No visits planned for this day. Pick another day above.</source>
        <translation>На этот день выезды не запланированы. Выберите другой день выше.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референс</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Payment for {0}</source>
        <translation>Оплата счёта {0}</translation>
    </message>
    <message>
        <source>{0} · total {1} · open {2}</source>
        <translation>{0} · итого {1} · к оплате {2}</translation>
    </message>
    <message>
        <source>As on the bank statement</source>
        <translation>Как в банковской выписке</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Зарегистрировать оплату</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Emergency</source>
        <translation>Экстренный вызов</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Next SLA target</source>
        <translation>Ближайший срок SLA</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>%1: %2 late</source>
        <translation>%1: просрочено на %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: осталось %2</translation>
    </message>
    <message>
        <source>%1: %2 left (at risk)</source>
        <translation>%1: осталось %2 (под угрозой)</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1: приостановлен, осталось %2</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>Премиум-договор</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Срок %1 (%2)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>All open tickets</source>
        <translation>Все открытые заявки</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Срок скоро истекает</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Экстренные вызовы</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>Неназначенные выезды</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Сохранённые фильтры</translation>
    </message>
    <message>
        <source>Filter: reference, client, title, text  (Ctrl+F)</source>
        <translation>Фильтр: номер, клиент, название, текст  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Очередь заявок</translation>
    </message>
    <message>
        <source>Unsorted, the most urgent come first: emergencies, missed deadlines, then the deadlines due soonest. Click a column to sort by it; a third click goes back to the most urgent first.</source>
        <translation>Без сортировки первыми идут самые срочные: экстренные вызовы, нарушенные сроки, затем ближайшие сроки. Щёлкните по столбцу, чтобы отсортировать по нему; третий щелчок возвращает порядок по срочности.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Загрузка очереди…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клиентов пока нет.</translation>
    </message>
    <message>
        <source>Add them in the Clients tab (Ctrl+6) or import them with %1; then create tickets with New ticket (Ctrl+N).</source>
        <translation>Добавьте их на вкладке «Клиенты» (Ctrl+6) или импортируйте через %1; затем создавайте заявки через «Новая заявка» (Ctrl+N).</translation>
    </message>
    <message>
        <source>File ▸ Import from CSV…</source>
        <translation>Файл ▸ Импорт из CSV…</translation>
    </message>
    <message>
        <source>Does your team share a database already? %1</source>
        <translation>Ваша команда уже работает с общей базой данных? %1</translation>
    </message>
    <message>
        <source>File ▸ Join a shared database…</source>
        <translation>Файл ▸ Подключиться к общей базе данных…</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Открытых заявок нет.</translation>
    </message>
    <message>
        <source>Create one with %1 (Ctrl+N), or let mail become tickets: %2.</source>
        <translation>Создайте заявку через «%1» (Ctrl+N) или настройте приём заявок по почте: %2.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>File ▸ Mail settings…</source>
        <translation>Файл ▸ Настройки почты…</translation>
    </message>
    <message>
        <source>Show all open tickets</source>
        <translation>Показать все открытые заявки</translation>
    </message>
    <message>
        <source>Closed tickets are found with %1 (Ctrl+Shift+F).</source>
        <translation>Закрытые заявки можно найти через «%1» (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation>Поиск заявок</translation>
    </message>
    <message>
        <source>No ticket matches “%1” in “%2”.</source>
        <translation>Нет заявок по запросу «%1» в «%2».</translation>
    </message>
    <message>
        <source>Search all tickets, closed ones too</source>
        <translation>Искать во всех заявках, включая закрытые</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>No tickets in “%1” now.</source>
        <translation>В «%1» сейчас нет заявок.</translation>
    </message>
</context>
<context>
    <name>RawMessageDialog</name>
    <message>
        <source>Message as received: %1</source>
        <translation>Сообщение в исходном виде: %1</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown; Save… keeps the whole message.</source>
        <translation>Показан только первый мегабайт; «Сохранить…» сохраняет сообщение целиком.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Сохранить сообщение</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Эл. письмо (*.eml)</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>Не удалось сохранить сообщение</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Без дня</translation>
    </message>
    <message>
        <source>Mon–Fri 08:00–18:00 (10x5)</source>
        <translation>Пн–Пт 08:00–18:00 (10x5)</translation>
    </message>
    <message>
        <source>Around the clock (24x7)</source>
        <translation>Круглосуточно (24x7)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Другое…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Fields in bold are required. Hover over a field to see what it takes.</source>
        <translation>Поля, выделенные жирным, обязательны. Наведите указатель на поле, чтобы увидеть, что в него вводить.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>название компании</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>a short name for lists</source>
        <translation>краткое название для списков</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>двухбуквенный код, напр. RU</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>code of the region whose holidays count</source>
        <translation>код региона, праздничные дни которого учитываются</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>the zone of the SLA calendar, e.g. Europe/Amsterdam</source>
        <translation>часовой пояс календаря SLA, напр. Europe/Moscow</translation>
    </message>
    <message>
        <source>Document locale</source>
        <translation>Локаль документов</translation>
    </message>
    <message>
        <source>language and formats of documents, e.g. nl_NL</source>
        <translation>язык и форматы документов, напр. ru_RU</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>three-letter code, e.g. EUR</source>
        <translation>трёхбуквенный код, напр. EUR</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>ИНН/VAT</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>напр. NL001234567B01</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Адрес для счетов</translation>
    </message>
    <message>
        <source>the address invoices go to</source>
        <translation>адрес, на который отправляются счета</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>Почтовый домен</translation>
    </message>
    <message>
        <source>mail from this domain becomes the client&apos;s tickets, e.g. acme.example</source>
        <translation>письма с этого домена становятся заявками клиента, напр. acme.example</translation>
    </message>
    <message>
        <source>NDA on file</source>
        <translation>NDA подписано</translation>
    </message>
    <message>
        <source>a non-disclosure agreement is signed</source>
        <translation>соглашение о неразглашении подписано</translation>
    </message>
    <message>
        <source>NDA signed on</source>
        <translation>Дата подписания NDA</translation>
    </message>
    <message>
        <source>the day the NDA was signed</source>
        <translation>день подписания NDA</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <source>how many workstations the client has</source>
        <translation>сколько рабочих мест у клиента</translation>
    </message>
    <message>
        <source>Invoices sent as</source>
        <translation>Формат счетов</translation>
    </message>
    <message>
        <source>how the client wants its invoices</source>
        <translation>в каком виде клиент получает счета</translation>
    </message>
    <message>
        <source>Assigned engineer</source>
        <translation>Закреплённый инженер</translation>
    </message>
    <message>
        <source>the engineer who knows the client</source>
        <translation>инженер, который знает клиента</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Менеджер клиента</translation>
    </message>
    <message>
        <source>the service manager of the client</source>
        <translation>сервис-менеджер клиента</translation>
    </message>
    <message>
        <source>Review figures</source>
        <translation>Показатели обзора</translation>
    </message>
    <message>
        <source>the key figures the client asks for in its service review, such as tickets, sla, reaction, hours (empty: all)</source>
        <translation>ключевые показатели, которые клиент хочет видеть в обзоре обслуживания, например tickets, sla, reaction, hours (пусто: все)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>what the site is called, e.g. HQ</source>
        <translation>название объекта, напр. Главный офис</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Улица и дом</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>two-letter code; empty: the client&apos;s</source>
        <translation>двухбуквенный код; если пусто — как у клиента</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam; empty: the client&apos;s</source>
        <translation>напр. Europe/Moscow; если пусто — как у клиента</translation>
    </message>
    <message>
        <source>Floor or room</source>
        <translation>Этаж или помещение</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>Ссылка на карту</translation>
    </message>
    <message>
        <source>a link to the entrance on a map</source>
        <translation>ссылка на вход на карте</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Порядок прохода</translation>
    </message>
    <message>
        <source>reception, badge, parking</source>
        <translation>ресепшен, пропуск, парковка</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>имя и фамилия</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>what the person does for the client&apos;s tickets</source>
        <translation>чем этот человек занимается в заявках клиента</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>с кодом страны, напр. +7 495 123 4567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>язык общения с этим человеком, напр. ru</translation>
    </message>
    <message>
        <source>Gets mail</source>
        <translation>Получает почту</translation>
    </message>
    <message>
        <source>no: they asked for no mail from the desk</source>
        <translation>нет: просил не присылать письма службы поддержки</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>the site they work at</source>
        <translation>объект, на котором работает этот человек</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>messenger=handle pairs, e.g. whatsapp=+31612345678</source>
        <translation>пары мессенджер=аккаунт, напр. whatsapp=+31612345678</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>whose contract it is</source>
        <translation>чей это договор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>what the client bought</source>
        <translation>что приобрёл клиент</translation>
    </message>
    <message>
        <source>empty: named after its kind</source>
        <translation>если пусто — по виду договора</translation>
    </message>
    <message>
        <source>Product area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>what it covers, e.g. workplace</source>
        <translation>что покрывает договор, напр. рабочие места</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>the first day the contract covers</source>
        <translation>первый день действия договора</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>the last day it covers; none: open-ended</source>
        <translation>последний день действия; если нет — бессрочно</translation>
    </message>
    <message>
        <source>three-letter code; empty: the client&apos;s</source>
        <translation>трёхбуквенный код; если пусто — как у клиента</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>Окно обслуживания</translation>
    </message>
    <message>
        <source>when SLA clocks run; default 24x7 for Comfort and Express, else 10x5</source>
        <translation>когда идут таймеры SLA; по умолчанию 24x7 для Comfort и Express, иначе 10x5</translation>
    </message>
    <message>
        <source>SLA attainment target (%)</source>
        <translation>Целевой уровень SLA (%)</translation>
    </message>
    <message>
        <source>share of SLA clocks to meet, 50 to 100; the review measures it</source>
        <translation>доля SLA-сроков, которые нужно выдержать, от 50 до 100; по ней сверяется обзор</translation>
    </message>
    <message>
        <source>Premium service</source>
        <translation>Премиум-обслуживание</translation>
    </message>
    <message>
        <source>Dedicated manager</source>
        <translation>Персональный менеджер</translation>
    </message>
    <message>
        <source>the desk user who looks after the contract; premium needs one</source>
        <translation>пользователь службы поддержки, который ведёт договор; для премиума обязателен</translation>
    </message>
    <message>
        <source>Standard hourly rate</source>
        <translation>Стандартная почасовая ставка</translation>
    </message>
    <message>
        <source>e.g. 95.00</source>
        <translation>напр. 95.00</translation>
    </message>
    <message>
        <source>Express hourly rate</source>
        <translation>Почасовая ставка Express</translation>
    </message>
    <message>
        <source>the hourly rate of emergency help</source>
        <translation>почасовая ставка экстренной помощи</translation>
    </message>
    <message>
        <source>On-demand hourly rate</source>
        <translation>Почасовая ставка по запросу</translation>
    </message>
    <message>
        <source>After-hours factor</source>
        <translation>Коэффициент за нерабочее время</translation>
    </message>
    <message>
        <source>1.5 to 2</source>
        <translation>от 1.5 до 2</translation>
    </message>
    <message>
        <source>Rush visit fee</source>
        <translation>Надбавка за срочный выезд</translation>
    </message>
    <message>
        <source>Price per workstation</source>
        <translation>Цена за рабочее место</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <source>On-site surcharge (%)</source>
        <translation>Надбавка за выезд (%)</translation>
    </message>
    <message>
        <source>Regular on-site days</source>
        <translation>Регулярные дни выездов</translation>
    </message>
    <message>
        <source>Round time up to (minutes)</source>
        <translation>Округлять время вверх до (минут)</translation>
    </message>
    <message>
        <source>0, 1, 5, 6, 10, 15, 30 or 60</source>
        <translation>0, 1, 5, 6, 10, 15, 30 или 60</translation>
    </message>
    <message>
        <source>Emergency guarantee (hours)</source>
        <translation>Гарантия экстренной помощи (часов)</translation>
    </message>
    <message>
        <source>1 to 8</source>
        <translation>от 1 до 8</translation>
    </message>
    <message>
        <source>Prepaid credit in</source>
        <translation>Единица предоплаты</translation>
    </message>
    <message>
        <source>prepaid credit only: money or hours</source>
        <translation>только для предоплаты: деньги или часы</translation>
    </message>
    <message>
        <source>Monthly top-up</source>
        <translation>Ежемесячное пополнение</translation>
    </message>
    <message>
        <source>prepaid credit added each month</source>
        <translation>предоплата, добавляемая каждый месяц</translation>
    </message>
    <message>
        <source>Low-credit warning below</source>
        <translation>Предупреждать, если предоплата ниже</translation>
    </message>
    <message>
        <source>Bundle hours per month</source>
        <translation>Часов пакета в месяц</translation>
    </message>
    <message>
        <source>FTE bundle only</source>
        <translation>только для пакета FTE</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Ежемесячная плата</translation>
    </message>
    <message>
        <source>monthly plan or FTE bundle</source>
        <translation>месячный план или пакет FTE</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Срок оплаты (дней)</translation>
    </message>
    <message>
        <source>days to pay an invoice</source>
        <translation>сколько дней на оплату счёта</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Ставка НДС (%)</translation>
    </message>
    <message>
        <source>empty: the company&apos;s rate</source>
        <translation>если пусто — ставка вашей компании</translation>
    </message>
    <message>
        <source>VAT exemption</source>
        <translation>Освобождение от НДС</translation>
    </message>
    <message>
        <source>why no VAT is charged; printed on invoices</source>
        <translation>почему НДС не начисляется; печатается в счетах</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>Цели SLA</translation>
    </message>
    <message>
        <source>the clock each priority promises</source>
        <translation>срок, который обещает каждый приоритет</translation>
    </message>
    <message>
        <source>the engineer&apos;s name</source>
        <translation>имя инженера</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 6 1234 5678</source>
        <translation>с кодом страны, напр. +7 912 345 6789</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>comma separated, e.g. network, windows</source>
        <translation>через запятую, напр. network, windows</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>коды через запятую, напр. ru, en</translation>
    </message>
    <message>
        <source>Base region</source>
        <translation>Базовый регион</translation>
    </message>
    <message>
        <source>where they travel from</source>
        <translation>откуда инженер выезжает</translation>
    </message>
    <message>
        <source>Base latitude</source>
        <translation>Широта базы</translation>
    </message>
    <message>
        <source>where their day starts, degrees north (south: negative)</source>
        <translation>где начинается день инженера, градусы северной широты (юг — отрицательные)</translation>
    </message>
    <message>
        <source>Base longitude</source>
        <translation>Долгота базы</translation>
    </message>
    <message>
        <source>degrees east (west: negative), e.g. 4.90</source>
        <translation>градусы восточной долготы (запад — отрицательные), напр. 37.62</translation>
    </message>
    <message>
        <source>the zone they work in, e.g. Europe/Amsterdam</source>
        <translation>часовой пояс, в котором работает инженер, напр. Europe/Moscow</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочее время</translation>
    </message>
    <message>
        <source>their week, in their own time zone; by default Mon–Fri 08:00–18:00</source>
        <translation>рабочая неделя в собственном часовом поясе; по умолчанию Пн–Пт 08:00–18:00</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Стоимость часа</translation>
    </message>
    <message>
        <source>what an hour of theirs costs</source>
        <translation>сколько стоит час работы инженера</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Валюта стоимости</translation>
    </message>
    <message>
        <source>three-letter code; empty: EUR</source>
        <translation>трёхбуквенный код; если пусто — EUR</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>a passport-style picture, JPEG or PNG: sent when they are proposed for a visit, for the client to check their ID against</source>
        <translation>фото как на паспорт, JPEG или PNG: отправляется, когда инженера предлагают на выезд, чтобы клиент сверил удостоверение</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>Закреплённые клиенты</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Вошедший пользователь</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>picture, %1 KB</source>
        <translation>изображение, %1 КБ</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>время не задано</translation>
    </message>
</context>
<context>
    <name>ReviewNotesDialog</name>
    <message>
        <source>Focus area</source>
        <translation>Приоритетное направление</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Заметки к обзору</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <source>Focus areas agreed at the kick-off, risks and recommendations. Open ones are printed in the client&apos;s service review until they are closed.</source>
        <translation>Приоритетные направления, согласованные на старте, риски и рекомендации. Открытые пункты печатаются в обзоре обслуживания клиента, пока не будут закрыты.</translation>
    </message>
    <message>
        <source>Kick-off…</source>
        <translation>Стартовая встреча…</translation>
    </message>
    <message>
        <source>Record the kick-off: the day it was held and the consultants agreed</source>
        <translation>Записать стартовую встречу: дату и согласованных консультантов</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Selected note:</source>
        <translation>Выбранная заметка:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Закрыть заметку</translation>
    </message>
    <message>
        <source>Type to pick a usual focus area, or write your own</source>
        <translation>Начните вводить, чтобы выбрать обычную тему, или напишите свою</translation>
    </message>
    <message>
        <source>What was agreed, seen or advised</source>
        <translation>Что согласовано, замечено или рекомендовано</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>No kick-off recorded yet.</source>
        <translation>Стартовая встреча ещё не записана.</translation>
    </message>
    <message>
        <source>Kick-off held on %1; consultants: %2</source>
        <translation>Стартовая встреча %1; консультанты: %2</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочее время</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <source>Today (h)</source>
        <translation>Сегодня (ч)</translation>
    </message>
    <message>
        <source>Week %</source>
        <translation>Неделя, %</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>Закреплённые клиенты</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>нет рабочего времени</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Edit skills and leave…</source>
        <translation>Изменить навыки и отсутствия…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Only an administrator may change the mail settings.</source>
        <translation>Изменять настройки почты может только администратор.</translation>
    </message>
    <message>
        <source>Reopen window</source>
        <translation>Срок повторного открытия</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>path or URL, used at the next start</source>
        <translation>путь или URL; применяется при следующем запуске</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Вход выполнен как:</translation>
    </message>
    <message>
        <source>Countdown refresh (seconds):</source>
        <translation>Обновление обратного отсчёта (секунд):</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цветовая схема:</translation>
    </message>
    <message>
        <source>Reopen window (days):</source>
        <translation>Срок повторного открытия (дней):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Only an administrator changes the company profile.</source>
        <translation>Профиль компании изменяет только администратор.</translation>
    </message>
    <message>
        <source>Set up your company</source>
        <translation>Настройка компании</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Профиль компании</translation>
    </message>
    <message>
        <source>Your own company, as every work order, report and invoice names it. Every desk prints the same profile.</source>
        <translation>Ваша собственная компания в том виде, как она указывается в каждом наряде, отчёте и счёте. Все консоли печатают один и тот же профиль.</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Юридическое название:</translation>
    </message>
    <message>
        <source>as registered; printed on every invoice</source>
        <translation>как в реестре; печатается в каждом счёте</translation>
    </message>
    <message>
        <source>Trading name:</source>
        <translation>Торговое название:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>one line per line</source>
        <translation>по одной строке адреса в строке</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>двухбуквенный код, напр. RU</translation>
    </message>
    <message>
        <source>VAT id:</source>
        <translation>ИНН/VAT:</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>напр. NL001234567B01</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <source>optional, e.g. chamber of commerce</source>
        <translation>необязательно, напр. ОГРН</translation>
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
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>с кодом страны, напр. +7 495 123 4567</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>напр. EUR</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>Ставка налога (%):</translation>
    </message>
    <message>
        <source>e.g. 21</source>
        <translation>напр. 20</translation>
    </message>
    <message>
        <source>Reduced tax rate (%):</source>
        <translation>Пониженная ставка налога (%):</translation>
    </message>
    <message>
        <source>optional, e.g. 9</source>
        <translation>необязательно, напр. 10</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Префикс счетов:</translation>
    </message>
    <message>
        <source>in front of invoice numbers, e.g. DC</source>
        <translation>перед номерами счетов, напр. DC</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam</source>
        <translation>напр. Europe/Moscow</translation>
    </message>
    <message>
        <source>Holidays of country:</source>
        <translation>Праздничные дни страны:</translation>
    </message>
    <message>
        <source>Holidays of region:</source>
        <translation>Праздничные дни региона:</translation>
    </message>
    <message>
        <source>optional: province or state</source>
        <translation>необязательно: область, провинция или штат</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>Панель подписи</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Распишитесь здесь мышью, пером или пальцем.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>Распишитесь над линией</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Wipe the pad to sign again.</source>
        <translation>Очистить панель, чтобы расписаться заново.</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Очистить подпись</translation>
    </message>
</context>
<context>
    <name>SlaAlerter</name>
    <message>
        <source>Dispatch Console: SLA alerts</source>
        <translation>Dispatch Console: оповещения SLA</translation>
    </message>
    <message>
        <source>%1 missed: %2 %3</source>
        <translation>%1: нарушено — %2 %3</translation>
    </message>
    <message>
        <source>%1 at risk: %2 %3</source>
        <translation>%1: под угрозой — %2 %3</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(срок %1)</translation>
    </message>
    <message>
        <source>Your premium client: %1</source>
        <translation>Ваш премиум-клиент: %1</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (и ещё %2)</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>SLA нарушен</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA под угрозой</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>В течение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Круглосуточно</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часов</translation>
    </message>
    <message>
        <source>The clock runs at nights and weekends too</source>
        <translation>Таймер идёт также ночью и в выходные</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <source>The shared database %1 asks for your password.</source>
        <translation>Общая база данных %1 запрашивает ваш пароль.</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Общая база данных: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Офлайн с %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>в очереди: %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 конфликт</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>конфликтов: %1</translation>
    </message>
    <message>
        <source>server feed %1 s behind</source>
        <translation>поток сервера отстаёт на %1 с</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(без объекта)</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>(без договора)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Договор:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Новый контакт…</translation>
    </message>
    <message>
        <source>Register the person who asks as a new contact of this client</source>
        <translation>Зарегистрировать заявителя как новый контакт этого клиента</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Что случилось, в нескольких словах</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Emergency (Express help)</source>
        <translation>Экстренный вызов (помощь Express)</translation>
    </message>
</context>
<context>
    <name>TicketHistory</name>
    <message>
        <source>priority of %1</source>
        <translation>приоритет заявки %1</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>статус заявки %1</translation>
    </message>
    <message>
        <source>estimate of %1</source>
        <translation>оценка заявки %1</translation>
    </message>
    <message>
        <source>assignment of %1</source>
        <translation>назначение заявки %1</translation>
    </message>
    <message numerus="yes">
        <source>priority of %n tickets</source>
        <translation>
            <numerusform>приоритет %n заявки</numerusform>
            <numerusform>приоритет %n заявок</numerusform>
            <numerusform>приоритет %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status of %n tickets</source>
        <translation>
            <numerusform>статус %n заявки</numerusform>
            <numerusform>статус %n заявок</numerusform>
            <numerusform>статус %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimate of %n tickets</source>
        <translation>
            <numerusform>оценка %n заявки</numerusform>
            <numerusform>оценка %n заявок</numerusform>
            <numerusform>оценка %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assignment of %n tickets</source>
        <translation>
            <numerusform>назначение %n заявки</numerusform>
            <numerusform>назначение %n заявок</numerusform>
            <numerusform>назначение %n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPane</name>
    <message>
        <source>ticket</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>выезд</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>запись времени</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>status moved</source>
        <translation>статус изменён</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>добавлена заметка</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренный вызов</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>Премиум-договор</translation>
    </message>
    <message>
        <source>Under a premium plan: handled at once, first among tickets as urgent.</source>
        <translation>По премиум-договору: берётся в работу сразу, первой среди заявок той же срочности.</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Напишите заметку…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; time</source>
        <translation>Заметки &amp;&amp; время</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Выезды</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>Effort expected, in hours and minutes (such as 4h, 1h30m or 90m):</source>
        <translation>Ожидаемые трудозатраты в часах и минутах (например, 4h, 1h30m или 90m):</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <source>Estimate %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначена</translation>
    </message>
    <message>
        <source>Change the status, priority, assignee or estimate of all of them at once. Edit ▸ Undo (Ctrl+Z) takes the change back.</source>
        <translation>Изменить статус, приоритет, исполнителя или оценку сразу для всех. Правка ▸ Отменить (Ctrl+Z) возвращает изменение.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Менеджер: %1</translation>
    </message>
    <message>
        <source>No dedicated manager named</source>
        <translation>Персональный менеджер не назначен</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>приоритет: %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Новый выезд…</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Учесть время…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Запустить таймер</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Assessment…</source>
        <translation>Оценка…</translation>
    </message>
    <message>
        <source>no prepaid credit</source>
        <translation>нет предоплаты</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Учтено часов</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>нет описания</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>нет заметок</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>оплачиваемое</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>неоплачиваемое</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>ожидает одобрения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Выездов пока нет.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Наряд на работу</translation>
    </message>
    <message>
        <source>%1 logged (%2)</source>
        <translation>учтено %1 (%2)</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>пока ничего не учтено</translation>
    </message>
    <message>
        <source>%1 over the estimate</source>
        <translation>сверх оценки на %1</translation>
    </message>
    <message>
        <source>Targets of this contract and priority</source>
        <translation>Цели этого договора и приоритета</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Due %1 (%2); %3 h %4 m of business time used.</source>
        <translation>Срок %1 (%2); использовано рабочего времени: %3 ч %4 мин.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Закрыть…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Никому (снять назначение)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets selected</source>
        <translation>
            <numerusform>Выбрана %n заявка</numerusform>
            <numerusform>Выбрано %n заявки</numerusform>
            <numerusform>Выбрано %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Заявка не выбрана.</translation>
    </message>
    <message>
        <source>Click a ticket in the queue to read it here. Ctrl+click or Shift+click selects several, to change them all at once.</source>
        <translation>Щёлкните по заявке в очереди, чтобы прочитать её здесь. Ctrl+щелчок или Shift+щелчок выбирает несколько заявок, чтобы изменить их все сразу.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>(not on a visit)</source>
        <translation>(не в рамках выезда)</translation>
    </message>
    <message>
        <source>(billable)</source>
        <translation>(оплачиваемое)</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Учёт времени</translation>
    </message>
    <message>
        <source>the work must end after it starts</source>
        <translation>работа должна заканчиваться после начала</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Инженер:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Выезд:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Фаза:</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Оплачиваемое</translation>
    </message>
    <message>
        <source>Not billable because:</source>
        <translation>Не оплачивается, потому что:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Выполненные работы:</translation>
    </message>
</context>
<context>
    <name>TimeView</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Оплачиваемое</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Выполненные работы</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Записи времени</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>Overdrafts</source>
        <translation>Перерасходы</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Одобрить выбранные</translation>
    </message>
    <message>
        <source>Client&apos;s approval…</source>
        <translation>Одобрение клиента…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Send the selected entries back to their engineer, with the reason why</source>
        <translation>Вернуть выбранные записи их инженеру с указанием причины</translation>
    </message>
    <message>
        <source>Run the daily cut-off</source>
        <translation>Выполнить ежедневное закрытие</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change the selected entry; one sent back then waits for the desk again</source>
        <translation>Изменить выбранную запись; возвращённая запись затем снова ждёт службу поддержки</translation>
    </message>
    <message>
        <source>Week…</source>
        <translation>Неделя…</translation>
    </message>
    <message>
        <source>The engineer&apos;s week as a timesheet: tickets by day</source>
        <translation>Неделя инженера в виде табеля: заявки по дням</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepaid credit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предоплата&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>Все инженеры</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Любой день</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>День или неделя</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Возвращённые</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобренные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Инженер:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Ticket, e.g. T-2026-000123</source>
        <translation>Заявка, напр. T-2026-000123</translation>
    </message>
    <message>
        <source>Ticket for the timer</source>
        <translation>Заявка для таймера</translation>
    </message>
    <message>
        <source>Phase for the timer</source>
        <translation>Фаза для таймера</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Запустить таймер</translation>
    </message>
    <message>
        <source>Stop timer…</source>
        <translation>Остановить таймер…</translation>
    </message>
    <message>
        <source>Stop the timer and record the time as an entry</source>
        <translation>Остановить таймер и сохранить время как запись</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Throw the timer away without recording it</source>
        <translation>Сбросить таймер, ничего не записывая</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Таймер&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; по заявке %2 (%3)</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Остановить таймер</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Выполненные работы:</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Читаем записи…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>desk and client</source>
        <translation>служба поддержки и клиент</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>служба поддержки</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>the engineer (sent back: %1)</source>
        <translation>инженер (возвращено: %1)</translation>
    </message>
    <message>
        <source>(approved)</source>
        <translation>(одобрено)</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показаны %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n entries shown: choose an engineer or a day</source>
        <translation>
            <numerusform>Показаны первые %1 из %n записи: выберите инженера или день</numerusform>
            <numerusform>Показаны первые %1 из %n записей: выберите инженера или день</numerusform>
            <numerusform>Показаны первые %1 из %n записей: выберите инженера или день</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h, of which %2 h billable</source>
        <translation>%1 ч, из них оплачиваемых %2 ч</translation>
    </message>
    <message numerus="yes">
        <source>The desk sent %n of your entries back: &lt;a href=&apos;#&apos;&gt;show them&lt;/a&gt;</source>
        <translation>
            <numerusform>Служба поддержки вернула %n вашу запись: &lt;a href=&apos;#&apos;&gt;показать&lt;/a&gt;</numerusform>
            <numerusform>Служба поддержки вернула %n ваши записи: &lt;a href=&apos;#&apos;&gt;показать&lt;/a&gt;</numerusform>
            <numerusform>Служба поддержки вернула %n ваших записей: &lt;a href=&apos;#&apos;&gt;показать&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send time back</source>
        <translation>Вернуть время</translation>
    </message>
    <message>
        <source>Why does this time go back to the engineer? They read this:</source>
        <translation>Почему это время возвращается инженеру? Инженер прочтёт это:</translation>
    </message>
    <message numerus="yes">
        <source>Entries locked by the cut-off: %n</source>
        <translation>
            <numerusform>Заблокирована ежедневным закрытием %n запись</numerusform>
            <numerusform>Заблокированы ежедневным закрытием %n записи</numerusform>
            <numerusform>Заблокировано ежедневным закрытием %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageAcceptDialog</name>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>Make the ticket</source>
        <translation>Создать заявку</translation>
    </message>
    <message>
        <source>Accept as ticket</source>
        <translation>Принять как заявку</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>The sender becomes a requester of this client and the message its new ticket.</source>
        <translation>Отправитель станет заявителем этого клиента, а сообщение — его новой заявкой.</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Порядок прохода</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Открыть карту</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Контакт на месте</translation>
    </message>
    <message>
        <source>none named: ask the desk</source>
        <translation>не указан: уточните в службе поддержки</translation>
    </message>
    <message>
        <source>no phone or e-mail</source>
        <translation>нет телефона и эл. почты</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Вместе с: %1</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Взять с собой</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>nothing listed</source>
        <translation>ничего не указано</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работы</translation>
    </message>
    <message>
        <source>May leave, agreed by %1</source>
        <translation>Может уйти, согласовал(а): %1</translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation>(подписано)</translation>
    </message>
    <message>
        <source>No step to take</source>
        <translation>Действий не требуется</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Наряд на работу</translation>
    </message>
    <message>
        <source>Preview and print the work order to hand out</source>
        <translation>Просмотреть и напечатать наряд на работу для передачи</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>site address</source>
        <translation>адрес объекта</translation>
    </message>
    <message>
        <source>map link</source>
        <translation>ссылка на карту</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>инженеры</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>инженер</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Request a visit for %1</source>
        <translation>Запрос выезда по заявке %1</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(выберите объект)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(not given: senior)</source>
        <translation>(не указано: старший)</translation>
    </message>
    <message>
        <source>Request visit</source>
        <translation>Запросить выезд</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours</source>
        <translation>«%1» — не количество часов</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not suited: %2</source>
        <translation>%1 — не подходит: %2</translation>
    </message>
    <message>
        <source>Fix the errors first</source>
        <translation>Сначала исправьте ошибки</translation>
    </message>
    <message>
        <source>Save in the Requested state</source>
        <translation>Сохранить в статусе «запрошен»</translation>
    </message>
    <message>
        <source>Request a visit</source>
        <translation>Запрос выезда</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Плановое начало:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Reserved hours:</source>
        <translation>Зарезервировано часов:</translation>
    </message>
    <message>
        <source>empty: 2 h + 30 min grace</source>
        <translation>если пусто — 2 ч + 30 мин запаса</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Engineers needed:</source>
        <translation>Нужно инженеров:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>коды через запятую, напр. ru, en</translation>
    </message>
    <message>
        <source>Urgency class:</source>
        <translation>Класс срочности:</translation>
    </message>
    <message>
        <source>Local contact:</source>
        <translation>Контакт на месте:</translation>
    </message>
    <message>
        <source>Ordering engineer:</source>
        <translation>Заказывающий инженер:</translation>
    </message>
    <message>
        <source>Work description:</source>
        <translation>Описание работ:</translation>
    </message>
    <message>
        <source>Target hardware:</source>
        <translation>Оборудование:</translation>
    </message>
    <message>
        <source>Work sequence:</source>
        <translation>Последовательность работ:</translation>
    </message>
    <message>
        <source>Confirm before:</source>
        <translation>Подтвердить до:</translation>
    </message>
    <message>
        <source>Confirm after:</source>
        <translation>Подтвердить после:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Нужные документы:</translation>
    </message>
    <message>
        <source>Items to bring:</source>
        <translation>Взять с собой:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Paperwork:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Written instructions attached</source>
        <translation>Приложены письменные инструкции</translation>
    </message>
    <message>
        <source>On-site assistance by the client</source>
        <translation>Помощь на месте со стороны клиента</translation>
    </message>
    <message>
        <source>Travel needs booking</source>
        <translation>Нужно забронировать поездку</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>Регулярный выезд</translation>
    </message>
    <message>
        <source>New workstations:</source>
        <translation>Новые рабочие места:</translation>
    </message>
    <message>
        <source>Visit without local contact because:</source>
        <translation>Выезд без контакта на месте, потому что:</translation>
    </message>
    <message>
        <source>only when the client insists on a visit without local contact</source>
        <translation>только если клиент настаивает на выезде без контакта на месте</translation>
    </message>
    <message>
        <source>Dispatch checks</source>
        <translation>Проверки диспетчера</translation>
    </message>
    <message>
        <source>Engineers (tick to assign)</source>
        <translation>Инженеры (отметьте, чтобы назначить)</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Дорога</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Запланированные выезды</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Week timesheet</source>
        <translation>Табель за неделю</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Предыдущая неделя</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Следующая неделя ▶</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Инженер:</translation>
    </message>
    <message>
        <source>No engineers yet.</source>
        <translation>Инженеров пока нет.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3 (%4)</source>
        <translation>Неделя %1, с %2 по %3 (%4)</translation>
    </message>
    <message>
        <source>%1 h this week, %2 h billable</source>
        <translation>%1 ч за неделю, оплачиваемых %2 ч</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong; what you were doing may not have finished. You can carry on working. The details are in the log: %1</source>
        <translation>Произошла непредвиденная ошибка; начатое действие могло не завершиться. Можно продолжать работу. Подробности в журнале: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log: %1</source>
        <translation>Произошла ошибка, ничего не сохранено. Подробности в журнале: %1</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. It was reloaded; please try again.</source>
        <translation>Кто-то другой тем временем изменил эту запись. Она перезагружена; повторите попытку.</translation>
    </message>
    <message>
        <source>The database refused the change: %1. Nothing was saved.</source>
        <translation>База данных отклонила изменение: %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>Не удалось выполнить</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit article</source>
        <translation>Artikel bewerken</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>What an engineer needs to know. Name the entry in the password manager; never write a password here.</source>
        <translation>Wat een engineer moet weten. Noem het item in de wachtwoordkluis; schrijf hier nooit een wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>The whole client</source>
        <translation>De hele klant</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Technical assessment of %1</source>
        <translation>Technische beoordeling van %1</translation>
    </message>
    <message>
        <source>Called %1; the answer is free and due by %2 (%3).</source>
        <translation>Gemeld %1; het antwoord is gratis en uiterlijk om %2 (%3).</translation>
    </message>
    <message>
        <source>We can restore the client&apos;s service</source>
        <translation>We kunnen de dienst van de klant herstellen</translation>
    </message>
    <message>
        <source>How sure the expert is, and what the answer rests on</source>
        <translation>Hoe zeker de expert is, en waarop het antwoord berust</translation>
    </message>
    <message>
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Waive the guarantee hours</source>
        <translation>Garantie-uren kwijtschelden</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>Tijd tot herstel van de dienst</translation>
    </message>
    <message>
        <source>Time to remove the cause</source>
        <translation>Tijd om de oorzaak weg te nemen</translation>
    </message>
    <message>
        <source>Guarantee hours</source>
        <translation>Garantie-uren</translation>
    </message>
    <message>
        <source>Answered at (%1)</source>
        <translation>Beantwoord om (%1)</translation>
    </message>
    <message>
        <source>The guarantee is billed: paid up front, its hours no longer change.</source>
        <translation>De garantie is gefactureerd: vooraf betaald, de uren veranderen niet meer.</translation>
    </message>
    <message>
        <source>No NDA on file: the provider&apos;s default NDA is accepted with this request.</source>
        <translation>Geen NDA bekend: met dit verzoek wordt de standaard-NDA van de dienstverlener aanvaard.</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Beoordeling vastleggen</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period or ticket</source>
        <translation>Periode of ticket</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen vervallen</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>overschrijving</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>automatische incasso</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaartbetaling</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Betaald uit</translation>
    </message>
    <message>
        <source>Preview the run</source>
        <translation>Proefrun</translation>
    </message>
    <message>
        <source>Show what the run would bill; nothing is written</source>
        <translation>Toon wat de facturatierun zou factureren; er wordt niets opgeslagen</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Facturatie uitvoeren</translation>
    </message>
    <message>
        <source>Bill an emergency…</source>
        <translation>Spoedgeval factureren…</translation>
    </message>
    <message>
        <source>An Express ticket&apos;s invoices at its close: guarantee, restoration, cause</source>
        <translation>De facturen van een Express-ticket bij het sluiten: garantie, herstel, oorzaak</translation>
    </message>
    <message>
        <source>Sell prepaid credit…</source>
        <translation>Tegoed verkopen…</translation>
    </message>
    <message>
        <source>Draft the invoice for a block of prepaid credit; the credit arrives on issue</source>
        <translation>Maak een conceptfactuur voor een blok prepaid tegoed; het tegoed wordt bijgeschreven bij uitgifte</translation>
    </message>
    <message>
        <source>Issue selected</source>
        <translation>Selectie uitgeven</translation>
    </message>
    <message>
        <source>Void draft</source>
        <translation>Concept intrekken</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Creditnota…</translation>
    </message>
    <message>
        <source>Correct the selected issued invoice: take back all or some of its lines</source>
        <translation>Corrigeer de geselecteerde uitgegeven factuur: neem alle of een deel van de regels terug</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Betaling registreren…</translation>
    </message>
    <message>
        <source>Bank statement…</source>
        <translation>Bankafschrift…</translation>
    </message>
    <message>
        <source>Book the payments of a bank statement, all or none: a CSV file with the columns invoice, amount, paid_on (and reference, method)</source>
        <translation>Boek de betalingen van een bankafschrift, alle of geen: een CSV-bestand met de kolommen invoice, amount, paid_on (en reference, method)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Maand:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Factuurregels</translation>
    </message>
    <message>
        <source>Reword line…</source>
        <translation>Regeltekst wijzigen…</translation>
    </message>
    <message>
        <source>Change the text the client reads on this line</source>
        <translation>Wijzig de tekst die de klant op deze regel leest</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>Regel toevoegen…</translation>
    </message>
    <message>
        <source>A charge of your own, or a discount (an amount below zero)</source>
        <translation>Een eigen post, of een korting (een negatief bedrag)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Take the line out of the draft; its work waits for the next run</source>
        <translation>Haal de regel uit het concept; het werk wacht op de volgende facturatierun</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Invoices and rates are for the desk only.</source>
        <translation>Facturen en tarieven zijn alleen voor de desk.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Facturen worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue: {0} open.</source>
        <translation>
            <numerusform>%n factuur vervallen: {0} openstaand.</numerusform>
            <numerusform>%n facturen vervallen: {0} openstaand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>voor {0}</translation>
    </message>
    <message>
        <source>Draft for {0} changed: {1}.</source>
        <translation>Concept voor {0} gewijzigd: {1}.</translation>
    </message>
    <message>
        <source>Reword line</source>
        <translation>Regeltekst wijzigen</translation>
    </message>
    <message>
        <source>Text on the invoice:</source>
        <translation>Tekst op de factuur:</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Amount (below zero for a discount):</source>
        <translation>Bedrag (negatief voor een korting):</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>gecrediteerd</translation>
    </message>
    <message>
        <source>Subtotal {0} · tax {1} · total {2}</source>
        <translation>Subtotaal {0} · btw {1} · totaal {2}</translation>
    </message>
    <message>
        <source>Credits {0}: {1}</source>
        <translation>Crediteert {0}: {1}</translation>
    </message>
    <message>
        <source> · credited {0}</source>
        <translation> · gecrediteerd {0}</translation>
    </message>
    <message>
        <source> · paid {0} · open {1}</source>
        <translation> · betaald {0} · openstaand {1}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Preview of {0}: {1} contracts would give {2} drafts ({3}).</source>
        <translation>Voorbeeld van {0}: {1} contracten zouden {2} concepten opleveren ({3}).</translation>
    </message>
    <message>
        <source>{0} billed: {1} contracts gave {2} drafts ({3}).</source>
        <translation>{0} gefactureerd: {1} contracten leverden {2} concepten op ({3}).</translation>
    </message>
    <message>
        <source>{0} time entries wait for an approval.</source>
        <translation>{0} tijdregistraties wachten op goedkeuring.</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} u</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is used up: {2} left.</source>
        <translation>Het tegoed van {0} ({1}) is op: nog {2} over.</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is running low: {2} left.</source>
        <translation>Het tegoed van {0} ({1}) raakt op: nog {2} over.</translation>
    </message>
    <message>
        <source>Tell {0}.</source>
        <translation>Laat het {0} weten.</translation>
    </message>
    <message>
        <source>Bill an emergency</source>
        <translation>Spoedgeval factureren</translation>
    </message>
    <message>
        <source>Ticket reference:</source>
        <translation>Ticketnummer:</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <source>{0}: {1} drafts.</source>
        <translation>{0}: {1} concepten.</translation>
    </message>
    <message>
        <source>Sell prepaid credit</source>
        <translation>Tegoed verkopen</translation>
    </message>
    <message>
        <source>No client has a prepaid credit contract yet: add one first.</source>
        <translation>Nog geen enkele klant heeft een contract met prepaid tegoed: voeg er eerst een toe.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Amount (money, or hours for a card that holds hours):</source>
        <translation>Bedrag (geld, of uren bij een strippenkaart in uren):</translation>
    </message>
    <message>
        <source>Draft for {0}: {1}. The credit arrives when it is issued.</source>
        <translation>Concept voor {0}: {1}. Het tegoed wordt bijgeschreven zodra de factuur is uitgegeven.</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Facturen uitgeven</translation>
    </message>
    <message>
        <source>Issue {0} invoices? An issued invoice never changes.</source>
        <translation>{0} facturen uitgeven? Een uitgegeven factuur kan daarna nooit meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Issued: {0}</source>
        <translation>Uitgegeven: {0}</translation>
    </message>
    <message>
        <source>Draft voided; its work waits for the next run.</source>
        <translation>Concept ingetrokken; het werk wacht op de volgende facturatierun.</translation>
    </message>
    <message>
        <source>Credit note drafted for {0}; issue it when it is right.</source>
        <translation>Creditnota voor {0} als concept aangemaakt; geef deze uit zodra alles klopt.</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Bankafschrift</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Bank statement booked: {0} payments; {1} invoices owe nothing more.</source>
        <translation>Bankafschrift geboekt: {0} betalingen; {1} facturen staan niet meer open.</translation>
    </message>
    <message>
        <source>Payment recorded: {0} is paid.</source>
        <translation>Betaling geregistreerd: {0} is betaald.</translation>
    </message>
    <message>
        <source>Payment recorded for {0}: {1} still open.</source>
        <translation>Betaling geregistreerd voor {0}: nog {1} openstaand.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Planning board, scrollable</source>
        <translation>Planbord, schuifbaar</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>One day, with the chosen engineer&apos;s day plan</source>
        <translation>Eén dag, met de dagplanning van de gekozen engineer</translation>
    </message>
    <message>
        <source>Monday to Sunday for every engineer</source>
        <translation>Maandag tot en met zondag voor elke engineer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>The previous day or week</source>
        <translation>De vorige dag of week</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>The next day or week</source>
        <translation>De volgende dag of week</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Terug naar vandaag</translation>
    </message>
    <message>
        <source>Shown days</source>
        <translation>Getoonde dagen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Show the visits as a list, or as the painted board (Ctrl+L)</source>
        <translation>Toon de bezoeken als lijst, of als getekend planbord (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Toetsen…</translation>
    </message>
    <message>
        <source>Keyboard use</source>
        <translation>Bediening met het toetsenbord</translation>
    </message>
    <message>
        <source>Export schedule (.ics)…</source>
        <translation>Planning exporteren (.ics)…</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s shown visits as a calendar file</source>
        <translation>De getoonde bezoeken van de gekozen engineer als agendabestand</translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation>Melding van de agenda</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>Niet-toegewezen bezoeken</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · tijden in %2</translation>
    </message>
    <message>
        <source>no retainer</source>
        <translation>geen retainer</translation>
    </message>
    <message>
        <source>No retainer in force: served after the retainer work</source>
        <translation>Geen retainer van kracht: komt na het retainerwerk</translation>
    </message>
    <message>
        <source>Needs a new engineer: %1 is no longer active</source>
        <translation>Nieuwe engineer nodig: %1 is niet meer actief</translation>
    </message>
    <message>
        <source>Move refused: %1</source>
        <translation>Verplaatsing geweigerd: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 verplaatst naar %2.</translation>
    </message>
    <message>
        <source>Change refused: %1</source>
        <translation>Wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes longer.</source>
        <translation>%1 duurt nu %2 minuten langer.</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes shorter.</source>
        <translation>%1 duurt nu %2 minuten korter.</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Planning exporteren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Visits exported to %1: %n.</source>
        <translation>
            <numerusform>Bezoeken geëxporteerd naar %1: %n.</numerusform>
            <numerusform>Bezoeken geëxporteerd naar %1: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Planning board</source>
        <translation>Planbord</translation>
    </message>
    <message>
        <source>No visit selected. Arrow keys select a visit; Ctrl+L lists them.</source>
        <translation>Geen bezoek gekozen. De pijltoetsen kiezen een bezoek; Ctrl+L toont ze als lijst.</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Arrow keys select a visit (Left/Right: the engineer&apos;s previous or next visit; Up/Down: the row above or below). With a visit selected: Alt+Left/Right moves it by a day, Alt+Up/Down by 15 minutes, Alt+Shift+Up/Down makes it 15 minutes shorter or longer, Alt+PageUp/PageDown hands it to the engineer above or below. Every move is checked as a drag is. Ctrl+L shows the visits as a list. With the mouse, drag a block to move it, or its right edge to change its length.</source>
        <translation>De pijltoetsen kiezen een bezoek (Links/Rechts: het vorige of volgende bezoek van de engineer; Omhoog/Omlaag: de rij erboven of eronder). Met een gekozen bezoek: Alt+Links/Rechts verplaatst het een dag, Alt+Omhoog/Omlaag 15 minuten, Alt+Shift+Omhoog/Omlaag maakt het 15 minuten korter of langer, Alt+PageUp/PageDown geeft het aan de engineer erboven of eronder. Elke verplaatsing wordt gecontroleerd zoals bij slepen. Ctrl+L toont de bezoeken als lijst. Met de muis sleept u een blok om het te verplaatsen, of de rechterrand om de duur te wijzigen.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 time)</source>
        <translation>%1 – %2 (tijd in %3)</translation>
    </message>
    <message>
        <source>Engineer: %1</source>
        <translation>Engineer: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau: %1</translation>
    </message>
    <message>
        <source>Travel: %1</source>
        <translation>Reis: %1</translation>
    </message>
</context>
<context>
    <name>ChangeTimeDialog</name>
    <message>
        <source>Change time on %1</source>
        <translation>Tijd op %1 wijzigen</translation>
    </message>
    <message>
        <source>Sent back by the desk: %1</source>
        <translation>Teruggestuurd door de desk: %1</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Geëindigd:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Uitgevoerd werk:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Geëindigd</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Uitgevoerd werk</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Boeking</translation>
    </message>
</context>
<context>
    <name>ClientApprovalDialog</name>
    <message>
        <source>Client&apos;s approval</source>
        <translation>Akkoord van de klant</translation>
    </message>
    <message>
        <source>Record who at the client approved the selected time, and how.</source>
        <translation>Leg vast wie bij de klant de gekozen tijd heeft goedgekeurd, en hoe.</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Goedgekeurd door:</translation>
    </message>
    <message>
        <source>the person at the client</source>
        <translation>de persoon bij de klant</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Add site…</source>
        <translation>Locatie toevoegen…</translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation>Locatie bewerken…</translation>
    </message>
    <message>
        <source>Deactivate site</source>
        <translation>Locatie deactiveren</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Contactpersoon toevoegen…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Contactpersoon bewerken…</translation>
    </message>
    <message>
        <source>Deactivate contact</source>
        <translation>Contactpersoon deactiveren</translation>
    </message>
    <message>
        <source>No mail to them…</source>
        <translation>Geen mail meer…</translation>
    </message>
    <message>
        <source>Stop or resume the desk&apos;s mail to the selected contact</source>
        <translation>De mail van de servicedesk aan de gekozen contactpersoon stoppen of hervatten</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Add contract…</source>
        <translation>Contract toevoegen…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Select a client.</source>
        <translation>Kies een klant.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Its tickets, contracts and invoices stay; it is no longer listed.</source>
        <translation>%1 deactiveren? De tickets, contracten en facturen blijven bewaard; de klant staat daarna niet meer in de lijsten.</translation>
    </message>
    <message>
        <source>Mail them again</source>
        <translation>Weer mailen</translation>
    </message>
    <message>
        <source>No mail to %1</source>
        <translation>Geen mail meer aan %1</translation>
    </message>
    <message>
        <source>The desk sends %1 no confirmations or status mails from now on.
Why (for the record, optional):</source>
        <translation>De servicedesk stuurt %1 vanaf nu geen bevestigingen of statusmails meer.
Waarom (voor het dossier, niet verplicht):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>New site of %1</source>
        <translation>Nieuwe locatie van %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Locatie %1</translation>
    </message>
    <message>
        <source>New contact of %1</source>
        <translation>Nieuwe contactpersoon van %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contactpersoon %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close %1</source>
        <translation>%1 sluiten</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>%1 sluiten?</translation>
    </message>
    <message>
        <source>How was it resolved? This stays on the ticket&apos;s timeline; the ticket leaves the open queue.</source>
        <translation>Hoe is het opgelost? Dit blijft op de tijdlijn van het ticket staan; het ticket verdwijnt uit de open wachtrij.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>What was done, and what fixed it</source>
        <translation>Wat er is gedaan, en wat het probleem verhielp</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Ticket sluiten</translation>
    </message>
    <message>
        <source>Write how it was resolved first.</source>
        <translation>Schrijf eerst op hoe het is opgelost.</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Only an admin, a dispatcher or a service manager may enter or remove closing days.</source>
        <translation>Alleen een beheerder, een dispatcher of een servicemanager mag sluitingsdagen invoeren of verwijderen.</translation>
    </message>
    <message>
        <source>%1 (your company)</source>
        <translation>%1 (uw bedrijf)</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <source>A public holiday: it cannot be removed here.</source>
        <translation>Een feestdag: die kan hier niet worden verwijderd.</translation>
    </message>
    <message>
        <source>%1 public holidays, %2 closing days</source>
        <translation>%1 feestdagen, %2 sluitingsdagen</translation>
    </message>
    <message>
        <source>No public holidays: your company&apos;s country is not set up yet.</source>
        <translation>Geen feestdagen: het land van uw bedrijf is nog niet ingesteld.</translation>
    </message>
    <message>
        <source>Public holidays of %1, and the closing days that hold for everyone.</source>
        <translation>Feestdagen van %1 en de sluitingsdagen die voor iedereen gelden.</translation>
    </message>
    <message>
        <source>Public holidays of %1, the closing days for everyone and this client&apos;s own. Times are the client&apos;s local time.</source>
        <translation>Feestdagen van %1, de sluitingsdagen voor iedereen en die van deze klant zelf. Tijden zijn in de lokale tijd van de klant.</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Closed for this client</source>
        <translation>Gesloten voor deze klant</translation>
    </message>
    <message>
        <source>Closed for everyone</source>
        <translation>Gesloten voor iedereen</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feestdag</translation>
    </message>
    <message>
        <source>New closing day for everyone</source>
        <translation>Nieuwe sluitingsdag voor iedereen</translation>
    </message>
    <message>
        <source>New closing day for %1</source>
        <translation>Nieuwe sluitingsdag voor %1</translation>
    </message>
    <message>
        <source>Remove closing day</source>
        <translation>Sluitingsdag verwijderen</translation>
    </message>
    <message>
        <source>Remove the closing day of %1 (%2)? The clocks run again then.</source>
        <translation>De sluitingsdag van %1 (%2) verwijderen? De SLA-klokken lopen dan weer door.</translation>
    </message>
    <message>
        <source>Could not remove the closing day</source>
        <translation>De sluitingsdag kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>Holidays and closing days</source>
        <translation>Feestdagen en sluitingsdagen</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>&amp;Add closing day…</source>
        <translation>Sluitingsdag &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>New closing day</source>
        <translation>Nieuwe sluitingsdag</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Tijden:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>why the clocks stop, e.g. company outing</source>
        <translation>waarom de klokken stilstaan, bijv. bedrijfsuitje</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Conflictinbox</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Die van de server houden</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>De mijne opnieuw sturen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>The person who asks, as a new contact of %1.</source>
        <translation>De aanvrager, als nieuwe contactpersoon van %1.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>de naam van de persoon</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>met landcode, bijv. +31 20 123 4567</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>de taal waarin we met deze persoon spreken, bijv. nl</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>New contract</source>
        <translation>Nieuw contract</translation>
    </message>
    <message>
        <source>Include ended</source>
        <translation>Beëindigde tonen</translation>
    </message>
    <message>
        <source>End contract…</source>
        <translation>Contract beëindigen…</translation>
    </message>
    <message>
        <source>Select a contract.</source>
        <translation>Kies een contract.</translation>
    </message>
    <message>
        <source>Rates and terms</source>
        <translation>Tarieven en voorwaarden</translation>
    </message>
    <message>
        <source>No SLA targets.</source>
        <translation>Geen SLA-doelen.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>(24x7)</source>
        <translation>(24x7)</translation>
    </message>
    <message>
        <source>Contract %1 of %2</source>
        <translation>Contract %1 van %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Bill the work again</source>
        <translation>Werk opnieuw factureren</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Credit note for {0}</source>
        <translation>Creditnota voor {0}</translation>
    </message>
    <message>
        <source>Tick the lines to take back. The invoice itself never changes; the credit note gets its own number and never changes once issued either.</source>
        <translation>Vink de regels aan die u wilt terugnemen. De factuur zelf verandert nooit; de creditnota krijgt een eigen nummer en verandert na uitgifte evenmin.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Terugnemen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>{0} (credited)</source>
        <translation>{0} (gecrediteerd)</translation>
    </message>
    <message>
        <source>What was wrong, as the client will read it</source>
        <translation>Wat er mis was, zoals de klant het zal lezen</translation>
    </message>
    <message>
        <source>Bill this work again in the next run</source>
        <translation>Dit werk opnieuw factureren in de volgende facturatierun</translation>
    </message>
    <message>
        <source>Only when the whole invoice is taken back: its time entries wait for the next billing run, to be billed correctly.</source>
        <translation>Alleen als de hele factuur wordt teruggenomen: de tijdregistraties ervan wachten op de volgende facturatierun, zodat ze correct worden gefactureerd.</translation>
    </message>
    <message>
        <source>Issue the credit note now</source>
        <translation>Creditnota nu uitgeven</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Creditnota maken</translation>
    </message>
    <message>
        <source>Takes back {0} of {1} lines: {2} before tax.</source>
        <translation>Neemt {0} van de {1} regels terug: {2} exclusief btw.</translation>
    </message>
</context>
<context>
    <name>DayPlanView</name>
    <message>
        <source>Engineer of the day plan</source>
        <translation>Engineer van de dagplanning</translation>
    </message>
    <message>
        <source>Whose day is shown, with the travel between sites</source>
        <translation>Wiens dag getoond wordt, met de reizen tussen de locaties</translation>
    </message>
    <message>
        <source>Visits and travel of the day</source>
        <translation>Bezoeken en reizen van de dag</translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation>Dagplanning</translation>
    </message>
    <message>
        <source>No engineer to show.</source>
        <translation>Geen engineer om te tonen.</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3 · from the base in %4</source>
        <translation>%1 · %2 · tijden in %3 · vanaf de thuisbasis in %4</translation>
    </message>
    <message>
        <source>No visits planned this day.</source>
        <translation>Geen bezoeken gepland op deze dag.</translation>
    </message>
    <message>
        <source>Estimated travel this day: %1 h %2 min</source>
        <translation>Geschatte reistijd deze dag: %1 u %2 min</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>De hele desk</translation>
    </message>
    <message>
        <source>Final close</source>
        <translation>Definitieve afsluiting</translation>
    </message>
    <message>
        <source>Partial: service restored</source>
        <translation>Gedeeltelijk: dienst hersteld</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Een document afdrukken</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Engineer:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Up to (not including):</source>
        <translation>Tot (niet inbegrepen):</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Maand:</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Kwartaal:</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Document wordt voorbereid…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save &amp;e-invoice (UBL)…</source>
        <translation>&amp;E-factuur opslaan (UBL)…</translation>
    </message>
    <message>
        <source>Save this invoice as an e-invoice (UBL 2.1, Peppol BIS Billing 3.0)</source>
        <translation>Deze factuur opslaan als e-factuur (UBL 2.1, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>Save &amp;Factur-X PDF…</source>
        <translation>&amp;Factur-X-pdf opslaan…</translation>
    </message>
    <message>
        <source>Save this invoice as a PDF with its e-invoice embedded (Factur-X, PDF/A-3)</source>
        <translation>Deze factuur opslaan als pdf met ingebedde e-factuur (Factur-X, PDF/A-3)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF with the e-invoice embedded (Factur-X): Save as… writes that PDF</source>
        <translation>Deze klant wil zijn facturen als pdf met ingebedde e-factuur (Factur-X): Opslaan als… schrijft die pdf</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF and a UBL file: Save as… writes both, side by side</source>
        <translation>Deze klant wil zijn facturen als pdf en UBL-bestand: Opslaan als… schrijft beide, naast elkaar</translation>
    </message>
    <message>
        <source>%1 page(s), %2 KB</source>
        <translation>%1 pagina(&apos;s), %2 kB</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the document</source>
        <translation>Het document kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Saved to %1, its e-invoice to %2</source>
        <translation>Opgeslagen in %1, de e-factuur in %2</translation>
    </message>
    <message>
        <source>Save the e-invoice</source>
        <translation>E-factuur opslaan</translation>
    </message>
    <message>
        <source>UBL e-invoice (*.xml)</source>
        <translation>UBL-e-factuur (*.xml)</translation>
    </message>
    <message>
        <source>Could not save the e-invoice</source>
        <translation>De e-factuur kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>E-invoice saved to %1</source>
        <translation>E-factuur opgeslagen in %1</translation>
    </message>
    <message>
        <source>Save the Factur-X PDF</source>
        <translation>De Factur-X-pdf opslaan</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice (*.pdf)</source>
        <translation>Pdf met ingebedde e-factuur (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the Factur-X PDF</source>
        <translation>De Factur-X-pdf kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice saved to %1</source>
        <translation>Pdf met ingebedde e-factuur opgeslagen in %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>%1 pagina(&apos;s) naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>Contract %1 beëindigen</translation>
    </message>
    <message>
        <source>End contract</source>
        <translation>Contract beëindigen</translation>
    </message>
    <message>
        <source>The contract covers work up to and including its last day; it stays on file, with its tickets and invoices.</source>
        <translation>Het contract dekt werk tot en met de laatste dag; het blijft bewaard, met de bijbehorende tickets en facturen.</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Laatste dag:</translation>
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
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>Vaardigheidsniveau:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Vaardigheden:</translation>
    </message>
    <message>
        <source>comma separated, e.g. cisco, windows server</source>
        <translation>kommagescheiden, bijv. cisco, windows server</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>kommagescheiden codes, bijv. nl, en</translation>
    </message>
    <message>
        <source>Leave from:</source>
        <translation>Verlof van:</translation>
    </message>
    <message>
        <source>Leave to:</source>
        <translation>Verlof tot:</translation>
    </message>
    <message>
        <source>Leave kind:</source>
        <translation>Soort verlof:</translation>
    </message>
    <message>
        <source>Add this leave (a colleague covers)</source>
        <translation>Dit verlof toevoegen (een collega neemt waar)</translation>
    </message>
    <message>
        <source>Planned leave:</source>
        <translation>Gepland verlof:</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>Geselecteerd verlof verwijderen</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>latitude, longitude, e.g. 52.37, 4.90</source>
        <translation>breedtegraad, lengtegraad, bijv. 52.37, 4.90</translation>
    </message>
    <message>
        <source>Where the engineer&apos;s day starts, in degrees (south and west negative). Travel to the first site of the day is estimated from here; leave it empty when unknown.</source>
        <translation>Waar de dag van de engineer begint, in graden (zuid en west negatief). De reistijd naar de eerste locatie van de dag wordt hiervandaan geschat; laat leeg als het onbekend is.</translation>
    </message>
    <message>
        <source>Base (latitude, longitude)</source>
        <translation>Thuisbasis (breedtegraad, lengtegraad)</translation>
    </message>
    <message>
        <source>Base (latitude, longitude):</source>
        <translation>Thuisbasis (breedtegraad, lengtegraad):</translation>
    </message>
</context>
<context>
    <name>EngineersView</name>
    <message>
        <source>Select an engineer.</source>
        <translation>Kies een engineer.</translation>
    </message>
    <message>
        <source>New engineer</source>
        <translation>Nieuwe engineer</translation>
    </message>
    <message>
        <source>Engineer %1</source>
        <translation>Engineer %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Their visits and time stay; they are no longer suggested or listed.</source>
        <translation>%1 deactiveren? Bezoeken en geboekte tijd blijven bewaard; de engineer wordt niet meer voorgesteld en staat niet meer in de lijsten.</translation>
    </message>
</context>
<context>
    <name>FindTicketsDialog</name>
    <message>
        <source>Find tickets</source>
        <translation>Tickets zoeken</translation>
    </message>
    <message>
        <source>Words of the reference, title, text, client, site or requester</source>
        <translation>Woorden uit nummer, titel, tekst, klant, locatie of aanvrager</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <source>Which tickets</source>
        <translation>Welke tickets</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle tickets</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>Closed tickets</source>
        <translation>Gesloten tickets</translation>
    </message>
    <message>
        <source>Type a few words: closed tickets are found too.</source>
        <translation>Typ een paar woorden: ook gesloten tickets worden gevonden.</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Gevonden tickets</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Type at least three letters of a word.</source>
        <translation>Typ minstens drie letters van een woord.</translation>
    </message>
    <message>
        <source>No ticket holds all of these words.</source>
        <translation>Geen ticket bevat al deze woorden.</translation>
    </message>
    <message>
        <source>1 ticket found.</source>
        <translation>1 ticket gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets found, newest first.</source>
        <translation>
            <numerusform>%n ticket gevonden.</numerusform>
            <numerusform>%n tickets gevonden, nieuwste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Versie %1 · %2</translation>
    </message>
    <message>
        <source>(the text did not change)</source>
        <translation>(de tekst is niet gewijzigd)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>site</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>engineer</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Sites of clients</source>
        <translation>Locaties van klanten</translation>
    </message>
    <message>
        <source>Contacts of clients</source>
        <translation>Contactpersonen van klanten</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>Engineers</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 is geen UTF-8-tekst; sla het op als UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows refused; nothing was written. Fix the file and check it again.</source>
        <translation>%1 van %2 rijen geweigerd; er is niets opgeslagen. Verbeter het bestand en controleer het opnieuw.</translation>
    </message>
    <message>
        <source>All %1 rows are good: %2 would be added. Nothing was written (check only).</source>
        <translation>Alle %1 rijen zijn in orde: %2 zouden worden toegevoegd. Er is niets opgeslagen (alleen controle).</translation>
    </message>
    <message>
        <source>Done: %1 rows added.</source>
        <translation>Klaar: %1 rijen toegevoegd.</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Every row of the file is checked first. If any row is refused, nothing is added: fix the file and try again. Sites and contacts name their client in a &quot;client&quot; column.</source>
        <translation>Elke rij van het bestand wordt eerst gecontroleerd. Wordt er ook maar één rij geweigerd, dan wordt er niets toegevoegd: verbeter het bestand en probeer het opnieuw. Locaties en contactpersonen noemen hun klant in een kolom &quot;client&quot;.</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>Wat het bestand be&amp;vat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>a CSV file, UTF-8, with a header row</source>
        <translation>een CSV-bestand, UTF-8, met een kopregel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>Alleen &amp;controleren</translation>
    </message>
    <message>
        <source>Check every row and report; nothing is written</source>
        <translation>Elke rij controleren en rapporteren; er wordt niets opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Add every row, or nothing if any row is refused</source>
        <translation>Alle rijen toevoegen, of niets als er een rij wordt geweigerd</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Aansluiten</translation>
    </message>
    <message>
        <source>This store holds records of its own. Sent, they become the shared database&apos;s first records; a shared database that holds records already takes none.</source>
        <translation>Deze lokale database bevat eigen gegevens. Als u ze verstuurt, worden ze de eerste gegevens van de gedeelde database; een gedeelde database die al gegevens bevat, neemt er geen aan.</translation>
    </message>
    <message>
        <source>This store is empty: it takes the shared database&apos;s records.</source>
        <translation>Deze lokale database is leeg: ze krijgt de gegevens van de gedeelde database.</translation>
    </message>
    <message>
        <source>This desk works on the shared database itself.</source>
        <translation>Deze werkplek werkt rechtstreeks op de gedeelde database.</translation>
    </message>
    <message>
        <source>This store syncs with %1 already.</source>
        <translation>Deze lokale database synchroniseert al met %1.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Vul in: %1</translation>
    </message>
    <message>
        <source>Joined %1, but the first sync did not go through: %2. The desk tries again every minute.</source>
        <translation>Aangesloten op %1, maar de eerste synchronisatie is niet gelukt: %2. De werkplek probeert het elke minuut opnieuw.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Joining %1… The first download can take a few minutes.</source>
        <translation>Aansluiten op %1… De eerste download kan een paar minuten duren.</translation>
    </message>
    <message>
        <source>Join a shared database</source>
        <translation>Aansluiten op een gedeelde database</translation>
    </message>
    <message>
        <source>This desk then works with the rest of the team: its changes go to the shared database and theirs come here, every minute and whenever the network returns. Work done offline waits and goes with the next sync. Your administrator gives you the address and a login.</source>
        <translation>Deze werkplek werkt dan samen met de rest van het team: haar wijzigingen gaan naar de gedeelde database en die van de anderen komen hierheen, elke minuut en zodra het netwerk terug is. Offline gedaan werk wacht en gaat mee met de volgende synchronisatie. Uw beheerder geeft u het adres en een login.</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Gedeelde &amp;database:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>leave empty to use the one in the keyring</source>
        <translation>leeg laten om dat uit de sleutelbos te gebruiken</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Wachtwoord in de sleutelbos van het systeem &amp;onthouden</translation>
    </message>
    <message>
        <source>Unticked, the password is used for this session only and asked again after a restart.</source>
        <translation>Niet aangevinkt geldt het wachtwoord alleen voor deze sessie en wordt het na een herstart opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>&amp;Send this store&apos;s records to the shared database</source>
        <translation>De gegevens van deze lokale database naar de gedeelde database &amp;sturen</translation>
    </message>
    <message>
        <source>Only for a shared database that is still empty, signed in as a dispatcher, a service manager or an administrator.</source>
        <translation>Alleen voor een gedeelde database die nog leeg is, aangemeld als planner, servicemanager of beheerder.</translation>
    </message>
</context>
<context>
    <name>KickoffDialog</name>
    <message>
        <source>Kick-off of %1</source>
        <translation>Kick-off van %1</translation>
    </message>
    <message>
        <source>The meeting that starts the on-site support. The service review names the latest one; enter the focus areas agreed there as review notes.</source>
        <translation>Het overleg waarmee de ondersteuning op locatie begint. De servicereview noemt de laatste; voer de daar afgesproken aandachtsgebieden in als reviewnotities.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Gehouden op:</translation>
    </message>
    <message>
        <source>Consultants agreed</source>
        <translation>Afgesproken consultants</translation>
    </message>
    <message>
        <source>Consultants:</source>
        <translation>Consultants:</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>What was agreed, in a few lines (optional)</source>
        <translation>Wat is afgesproken, in een paar regels (optioneel)</translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation>Afgesproken:</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Werkplekken</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Access and keys</source>
        <translation>Toegang en sleutels</translation>
    </message>
    <message>
        <source>Suppliers and contacts</source>
        <translation>Leveranciers en contactpersonen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Kennisbank doorzoeken</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <translation>Zoek in titels en teksten…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client or site</source>
        <translation>Klant of locatie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nieuw artikel…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Alle locaties</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n articles shown: choose a client or a topic, or type words to narrow the list.</source>
        <translation>
            <numerusform>De eerste %1 van %n artikel getoond: kies een klant of een onderwerp, of typ woorden om de lijst te verkleinen.</numerusform>
            <numerusform>De eerste %1 van %n artikelen getoond: kies een klant of een onderwerp, of typ woorden om de lijst te verkleinen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches. Try fewer words, or another topic or site.</source>
        <translation>Geen artikel gevonden. Probeer minder woorden, of een ander onderwerp of een andere locatie.</translation>
    </message>
    <message>
        <source>You serve no client yet: the knowledge base opens with the first ticket or visit you are given.</source>
        <translation>U bedient nog geen klant: de kennisbank opent zodra u een eerste ticket of bezoek krijgt.</translation>
    </message>
    <message>
        <source>Nothing written yet. Use New article to note what an engineer needs on site: network, servers, backups, how to get in, whom to call.</source>
        <translation>Nog niets vastgelegd. Leg met Nieuw artikel vast wat een engineer ter plaatse nodig heeft: netwerk, servers, back-ups, hoe je binnenkomt, wie je belt.</translation>
    </message>
    <message>
        <source>Choose an article to read it.</source>
        <translation>Kies een artikel om het te lezen.</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3, %4</source>
        <translation>%1 · %2 · versie %3, %4</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Complete %1</source>
        <translation>%1 afronden</translation>
    </message>
    <message>
        <source>Who at the client agreed that the engineer may leave?</source>
        <translation>Wie bij de klant heeft ingestemd dat de engineer mag vertrekken?</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Akkoord gegeven door</translation>
    </message>
    <message>
        <source>Name of the client&apos;s contact</source>
        <translation>Naam van de contactpersoon van de klant</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Akkoord gegeven om</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Geen handtekening</translation>
    </message>
    <message>
        <source>Signature picture…</source>
        <translation>Afbeelding van handtekening…</translation>
    </message>
    <message>
        <source>A PNG picture of the contact&apos;s signature (optional).</source>
        <translation>Een PNG-afbeelding van de handtekening van de contactpersoon (optioneel).</translation>
    </message>
    <message>
        <source>Approved at (%1)</source>
        <translation>Akkoord gegeven om (%1)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>Bezoek afronden</translation>
    </message>
    <message>
        <source>Write who agreed first.</source>
        <translation>Vul eerst in wie akkoord gaf.</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Afbeelding van handtekening</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Afbeelding: %1</translation>
    </message>
    <message>
        <source>Signed on the pad</source>
        <translation>Getekend op het scherm</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>Log folder</source>
        <translation>Map van het logboek</translation>
    </message>
    <message>
        <source>The log is kept in %1</source>
        <translation>Het logboek staat in %1</translation>
    </message>
</context>
<context>
    <name>MailAttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>No files came by mail with this ticket.</source>
        <translation>Bij dit ticket zijn geen bestanden per mail binnengekomen.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Bestand opslaan</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Het bestand kon niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>This desk already takes mail in as it arrives (see Mail settings).</source>
        <translation>Deze werkplek haalt al mail binnen zodra die aankomt (zie Mailinstellingen).</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Mail wordt opgehaald…</translation>
    </message>
    <message>
        <source>Fetching mail… %1 messages so far</source>
        <translation>Mail wordt opgehaald… tot nu toe %1 berichten</translation>
    </message>
</context>
<context>
    <name>MailFetching</name>
    <message>
        <source>%1 new tickets</source>
        <translation>%1 nieuwe tickets</translation>
    </message>
    <message>
        <source>%1 notes on tickets</source>
        <translation>%1 notities bij tickets</translation>
    </message>
    <message>
        <source>%1 tickets reopened</source>
        <translation>%1 tickets heropend</translation>
    </message>
    <message>
        <source>%1 follow-up tickets</source>
        <translation>%1 vervolgtickets</translation>
    </message>
    <message>
        <source>%1 from unknown senders</source>
        <translation>%1 van onbekende afzenders</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 onleesbaar</translation>
    </message>
    <message>
        <source>%1 automatic replies ignored</source>
        <translation>%1 automatische antwoorden genegeerd</translation>
    </message>
    <message>
        <source>%1 seen before</source>
        <translation>%1 al eerder ontvangen</translation>
    </message>
    <message>
        <source>The mail server did not answer in time. Nothing was lost; try again later.</source>
        <translation>De mailserver antwoordde niet op tijd. Er is niets verloren gegaan; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off (%1). Try again later.</source>
        <translation>De verbinding met de mailserver werd verbroken (%1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This desk works on a copy of the shared database. Mail is taken in on the shared database, by the mail service or a desk connected to it.</source>
        <translation>Deze werkplek werkt met een kopie van de gedeelde database. Mail wordt binnengehaald op de gedeelde database zelf, door de mailservice of door een werkplek die daarmee verbonden is.</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>Geen nieuwe mail.</translation>
    </message>
    <message>
        <source>Mail taken in: %1.</source>
        <translation>Mail binnengehaald: %1.</translation>
    </message>
</context>
<context>
    <name>MailMenu</name>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Mailinstellingen…</translation>
    </message>
    <message>
        <source>&amp;Fetch mail now</source>
        <translation>Mail nu &amp;ophalen</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Mailinstellingen opgeslagen.</translation>
    </message>
    <message>
        <source>New mail taken in; F5 shows it in the queue.</source>
        <translation>Nieuwe mail binnengehaald; met F5 verschijnt die in de wachtrij.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS, certificate checked</source>
        <translation>STARTTLS, certificaat gecontroleerd</translation>
    </message>
    <message>
        <source>TLS from the start, certificate checked</source>
        <translation>TLS vanaf het begin, certificaat gecontroleerd</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>Niet versleuteld: alleen voor een server op deze computer</translation>
    </message>
    <message>
        <source>Only an administrator may set up mailboxes and change these settings.</source>
        <translation>Alleen een beheerder mag mailboxen instellen en deze instellingen wijzigen.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>niet versleuteld</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>No password kept</source>
        <translation>Geen wachtwoord opgeslagen</translation>
    </message>
    <message>
        <source>On · %1 taken in</source>
        <translation>Aan · %1 binnengehaald</translation>
    </message>
    <message>
        <source>kept; type a new one to change it</source>
        <translation>opgeslagen; typ een nieuw wachtwoord om het te wijzigen</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>geen opgeslagen</translation>
    </message>
    <message>
        <source>Shared desk address</source>
        <translation>Gedeeld adres van de desk</translation>
    </message>
    <message>
        <source>Stop taking mail from %1? Its password is forgotten. If it took mail in, it is switched off and what it took in stays.</source>
        <translation>Geen mail meer binnenhalen uit %1? Het wachtwoord wordt gewist. Heeft deze mailbox al mail binnengehaald, dan wordt hij uitgeschakeld en blijft die mail bewaard.</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>Mailbox verwijderen</translation>
    </message>
    <message>
        <source>Could not remove the mailbox</source>
        <translation>De mailbox kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Mailinstellingen</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Mailboxes the desk takes tickets from</source>
        <translation>Mailboxen waaruit de desk tickets haalt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Bestemd voor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>Mailbox &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <translation>Mail binnenhalen</translation>
    </message>
    <message>
        <source>Re&amp;open window (days):</source>
        <translation>&amp;Heropentermijn (dagen):</translation>
    </message>
    <message>
        <source>A reply this many days after a ticket was closed reopens it; a later reply opens a new ticket linked to it.</source>
        <translation>Een antwoord binnen zoveel dagen na het sluiten van een ticket heropent dat ticket; een later antwoord opent een nieuw ticket dat eraan gekoppeld is.</translation>
    </message>
    <message>
        <source>&amp;Largest attachment kept (MB):</source>
        <translation>&amp;Grootste bewaarde bijlage (MB):</translation>
    </message>
    <message>
        <source>A larger file is not kept; the ticket lists it with the reason.</source>
        <translation>Een groter bestand wordt niet bewaard; het ticket vermeldt het, met de reden.</translation>
    </message>
    <message>
        <source>Automatic &amp;answers per sender and hour:</source>
        <translation>&amp;Automatische antwoorden per afzender per uur:</translation>
    </message>
    <message>
        <source>At most this many automatic mails go to one sender in an hour, so two machines cannot answer each other for ever.</source>
        <translation>Hoogstens zoveel automatische mails per uur naar één afzender, zodat twee systemen elkaar niet eindeloos blijven beantwoorden.</translation>
    </message>
    <message>
        <source>&amp;This desk fetches and sends mail while it is open</source>
        <translation>&amp;Deze desk haalt mail op en verstuurt mail zolang hij open is</translation>
    </message>
    <message>
        <source>While this window is open it watches every mailbox, takes new mail in as it arrives and sends the mail the desk queued. Only one desk or mail service fetches a mailbox at a time.</source>
        <translation>Zolang dit venster open is, houdt het elke mailbox in de gaten, neemt nieuwe mail aan zodra die binnenkomt en verstuurt de mail die de desk klaarzette. Maar één desk of maildienst haalt tegelijk mail uit een mailbox op.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>The server the desk sends its mail through: confirmations with the ticket&apos;s reference, status changes and replies to clients, and notices to the dispatchers. Without a server nothing is sent.</source>
        <translation>De server waarlangs de desk zijn mail verstuurt: bevestigingen met het ticketnummer, statuswijzigingen en antwoorden aan klanten, en meldingen aan de dispatchers. Zonder server wordt er niets verstuurd.</translation>
    </message>
    <message>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP-ser&amp;ver:</translation>
    </message>
    <message>
        <source>smtp.example.com, or empty to send nothing</source>
        <translation>smtp.example.com, of leeg om niets te versturen</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Beve&amp;iliging:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Gebruikers&amp;naam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>Af&amp;zenderadres:</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@uw-bedrijf.example</translation>
    </message>
    <message>
        <source>Sender&apos;s na&amp;me:</source>
        <translation>Afzendernaa&amp;m:</translation>
    </message>
    <message>
        <source>e.g. Helpdesk Noord service desk</source>
        <translation>bijv. Servicedesk Helpdesk Noord</translation>
    </message>
    <message>
        <source>&amp;Dispatchers&apos; address:</source>
        <translation>Adres van de &amp;dispatchers:</translation>
    </message>
    <message>
        <source>Where SLA warnings go by mail; empty: to each dispatcher&apos;s own address.</source>
        <translation>Waar SLA-waarschuwingen per mail naartoe gaan; leeg: naar het eigen adres van elke dispatcher.</translation>
    </message>
    <message>
        <source>Mailboxes are added and removed at once; Save keeps the other values.</source>
        <translation>Mailboxen worden direct toegevoegd en verwijderd; Opslaan bewaart de overige waarden.</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>&amp;Fetch now</source>
        <translation>Nu &amp;ophalen</translation>
    </message>
    <message>
        <source>Take in the mail waiting in every mailbox now.</source>
        <translation>Haal nu de mail binnen die in elke mailbox klaarstaat.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>May belong to</source>
        <translation>Hoort mogelijk bij</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>Mail from unknown senders</source>
        <translation>Mail van onbekende afzenders</translation>
    </message>
    <message>
        <source>&amp;Accept as ticket…</source>
        <translation>Als ticket aan&amp;nemen…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Ne&amp;geren</translation>
    </message>
    <message>
        <source>Mail from addresses the desk does not know. Accept a message as a ticket for the client it is for (the sender becomes a requester), or dismiss it.</source>
        <translation>Mail van adressen die de desk niet kent. Neem een bericht aan als ticket voor de klant voor wie het bedoeld is (de afzender wordt aanvrager), of negeer het.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Waarom het onleesbaar is</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>Onleesbare mail</translation>
    </message>
    <message>
        <source>&amp;Show the message…</source>
        <translation>Bericht bek&amp;ijken…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Negeren</translation>
    </message>
    <message>
        <source>Messages that could not be read. Each was moved to its mailbox&apos;s quarantine folder on the server; look at it, then dismiss it.</source>
        <translation>Berichten die niet gelezen konden worden. Elk bericht is op de server naar de quarantainemap van zijn mailbox verplaatst; bekijk het en negeer het daarna.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In wachtrij sinds</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Waarom het wacht</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Uitgaande mail</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Opnieuw &amp;verzenden</translation>
    </message>
    <message>
        <source>Mail to clients and the desk that is not sent yet, or could not be sent. A failed mail is sent again only when you say so.</source>
        <translation>Mail aan klanten en de desk die nog niet is verzonden of niet verzonden kon worden. Mislukte mail wordt pas opnieuw verzonden als u daarom vraagt.</translation>
    </message>
    <message>
        <source>Only the service desk may settle these messages.</source>
        <translation>Alleen de servicedesk mag deze berichten afhandelen.</translation>
    </message>
    <message>
        <source>Could not read the mail lists</source>
        <translation>De maillijsten konden niet worden gelezen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>Moved to %1 on the server</source>
        <translation>Op de server verplaatst naar %1</translation>
    </message>
    <message>
        <source>Outbox (%1, %2 failed)</source>
        <translation>Uitgaande mail (%1, %2 mislukt)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Uitgaande mail (%1)</translation>
    </message>
    <message>
        <source>Unknown senders (%1)</source>
        <translation>Onbekende afzenders (%1)</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>Onleesbaar (%1)</translation>
    </message>
    <message>
        <source>No mailbox is set up yet: File ▸ Mail settings… adds one.</source>
        <translation>Nog geen mailbox ingesteld: Bestand ▸ Mailinstellingen… voegt er een toe.</translation>
    </message>
    <message>
        <source>sent at the next round</source>
        <translation>wordt bij de volgende ronde verzonden</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>volgende poging %1</translation>
    </message>
    <message>
        <source>(tried %1 times)</source>
        <translation>(%1 keer geprobeerd)</translation>
    </message>
    <message>
        <source>Ticket %1 made from the message.</source>
        <translation>Ticket %1 aangemaakt uit het bericht.</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Bericht negeren</translation>
    </message>
    <message>
        <source>Dismiss the message “%1” from %2 without a ticket?</source>
        <translation>Het bericht “%1” van %2 negeren, zonder er een ticket van te maken?</translation>
    </message>
    <message>
        <source>Take this unreadable message off the list? It stays stored and on the server in %1.</source>
        <translation>Dit onleesbare bericht van de lijst halen? Het blijft bewaard, ook op de server in %1.</translation>
    </message>
    <message>
        <source>The mail to %1 is sent again at the next round.</source>
        <translation>De mail aan %1 wordt bij de volgende ronde opnieuw verzonden.</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Mail wordt opgehaald…</translation>
    </message>
    <message>
        <source>Last fetch %1: %2</source>
        <translation>Laatst opgehaald om %1: %2</translation>
    </message>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>Deze desk haalt mail op zodra die binnenkomt en verstuurt de mail van de desk.</translation>
    </message>
</context>
<context>
    <name>MailWatcher</name>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>Deze desk haalt mail op zodra die binnenkomt en verstuurt de mail van de desk.</translation>
    </message>
    <message>
        <source>Not fetching mail: %1</source>
        <translation>Mail wordt niet opgehaald: %1</translation>
    </message>
    <message>
        <source>Fetching mail: %1</source>
        <translation>Mail ophalen: %1</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Encrypted (TLS), certificate checked</source>
        <translation>Versleuteld (TLS), certificaat gecontroleerd</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>Niet versleuteld: alleen voor een server op deze computer</translation>
    </message>
    <message>
        <source>The shared desk address (any client)</source>
        <translation>Het gedeelde adres van de desk (elke klant)</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <translation>Nieuwe mailbox</translation>
    </message>
    <message>
        <source>Mailbox %1</source>
        <translation>Mailbox %1</translation>
    </message>
    <message>
        <source>type a new password, or leave this empty to keep the current one</source>
        <translation>typ een nieuw wachtwoord, of laat dit leeg om het huidige te houden</translation>
    </message>
    <message>
        <source>Mail taken in stays taken when the server or folder changes: nothing becomes a ticket twice.</source>
        <translation>Wat al binnen is, blijft binnen als de server of de map verandert: niets wordt twee keer een ticket.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Vul in: %1</translation>
    </message>
    <message>
        <source>no password is kept yet: type it here</source>
        <translation>er is nog geen wachtwoord opgeslagen: typ het hier</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>The desk signs in to this mailbox over IMAP and makes a ticket of every message that arrives in its folder.</source>
        <translation>De desk meldt zich via IMAP aan bij deze mailbox en maakt een ticket van elk bericht dat in de map binnenkomt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>a short name, e.g. desk or tulp-support</source>
        <translation>een korte naam, bijv. desk of tulp-support</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;server:</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Beve&amp;iliging:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@uw-bedrijf.example</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Unreadable mail to:</source>
        <translation>&amp;Onleesbare mail naar:</translation>
    </message>
    <message>
        <source>The folder on the server where messages that cannot be read are moved; the desk lists them under Mail.</source>
        <translation>De map op de server waarnaar onleesbare berichten worden verplaatst; de desk toont ze onder Mail.</translation>
    </message>
    <message>
        <source>Ser&amp;ves:</source>
        <translation>Bestemd &amp;voor:</translation>
    </message>
    <message>
        <source>One client&apos;s own address, or the shared desk address every client writes to.</source>
        <translation>Het eigen adres van één klant, of het gedeelde adres van de desk waar elke klant naartoe schrijft.</translation>
    </message>
    <message>
        <source>&amp;Take mail from this mailbox</source>
        <translation>&amp;Mail uit deze mailbox ophalen</translation>
    </message>
    <message>
        <source>Switched off, the desk leaves this mailbox alone; what it took in stays.</source>
        <translation>Uitgeschakeld laat de servicedesk deze mailbox met rust; wat al binnen is, blijft.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispatch Console</source>
        <translation>Dispatch Console</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Wachtrij</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Rooster</translation>
    </message>
    <message>
        <source>&amp;Time &amp;&amp; credit</source>
        <translation>&amp;Tijd &amp;&amp; tegoed</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturatie</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <source>C&amp;ontracts</source>
        <translation>&amp;Contracten</translation>
    </message>
    <message>
        <source>&amp;Engineers</source>
        <translation>&amp;Engineers</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>M&amp;y day</source>
        <translation>Mi&amp;jn dag</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>Ke&amp;nnisbank</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>De lokale opslag</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nieuw ticket…</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nieuw &amp;bezoek…</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>&amp;Tijd boeken…</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Zoeken in wachtrij</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>&amp;Bedrijfsprofiel…</translation>
    </message>
    <message>
        <source>&amp;Holidays and closing days…</source>
        <translation>&amp;Feestdagen en sluitingsdagen…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Im&amp;porteren uit CSV…</translation>
    </message>
    <message>
        <source>&amp;Join a shared database…</source>
        <translation>Aansluiten op een &amp;gedeelde database…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>&amp;Print a document…</source>
        <translation>Document af&amp;drukken…</translation>
    </message>
    <message>
        <source>Co&amp;nflict inbox…</source>
        <translation>&amp;Conflictinbox…</translation>
    </message>
    <message>
        <source>Find t&amp;ickets, closed ones too…</source>
        <translation>T&amp;ickets zoeken, ook gesloten…</translation>
    </message>
    <message>
        <source>Re&amp;view notes…</source>
        <translation>&amp;Reviewnotities…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;About Dispatch Console</source>
        <translation>&amp;Over Dispatch Console</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Map van het &amp;logboek openen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Kon niet ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Kon niet ongedaan maken</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Wachtrij wordt geladen…</translation>
    </message>
    <message>
        <source>No clients yet: add them in the Clients tab (Ctrl+6) or import them (File ▸ Import from CSV…)</source>
        <translation>Nog geen klanten: voeg ze toe op het tabblad Klanten (Ctrl+6) of importeer ze (Bestand ▸ Importeren uit CSV…)</translation>
    </message>
    <message>
        <source>Open tickets: %1 shown of %2</source>
        <translation>Open tickets: %1 van %2 getoond</translation>
    </message>
    <message>
        <source>The queue could not be loaded</source>
        <translation>De wachtrij kon niet worden geladen</translation>
    </message>
    <message>
        <source>Could not load the queue</source>
        <translation>Wachtrij laden mislukt</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Geen ticket</translation>
    </message>
    <message>
        <source>Select a ticket in the queue first.</source>
        <translation>Kies eerst een ticket in de wachtrij.</translation>
    </message>
    <message>
        <source>Ticket registered.</source>
        <translation>Ticket geregistreerd.</translation>
    </message>
    <message>
        <source>Visit %1 requested.</source>
        <translation>Bezoek %1 aangevraagd.</translation>
    </message>
    <message>
        <source>Timer started: stop it in the time and credit tab when the work is done</source>
        <translation>Timer gestart: stop hem in het tabblad tijd en tegoed als het werk klaar is</translation>
    </message>
    <message>
        <source>%1. The password is used for this session only.</source>
        <translation>%1. Het wachtwoord geldt alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>Dispatch Console %1
Tickets, SLA clocks, visits, time and billing for service desks.</source>
        <translation>Dispatch Console %1
Tickets, SLA-klokken, bezoeken, tijd en facturatie voor servicedesks.</translation>
    </message>
    <message>
        <source>About Dispatch Console</source>
        <translation>Over Dispatch Console</translation>
    </message>
</context>
<context>
    <name>MasterView</name>
    <message>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Include inactive</source>
        <translation>Inactieve tonen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>De dag ervoor</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>De dag erna</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>No engineers yet: add them in the Engineers tab.</source>
        <translation>Nog geen engineers: voeg ze toe op het tabblad Engineers.</translation>
    </message>
    <message>
        <source>Your user is not linked to an engineer, so there is no day to show. Ask the desk to link your user to your engineer.</source>
        <translation>Uw gebruiker is niet aan een engineer gekoppeld, dus er is geen dag te tonen. Vraag de desk uw gebruiker aan uw engineer te koppelen.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Bezoeken: %1</translation>
    </message>
    <message>
        <source>times in the site&apos;s zone; the engineer&apos;s zone: %1</source>
        <translation>tijden in de zone van de locatie; zone van de engineer: %1</translation>
    </message>
    <message>
        <source>Mark %1 as %2? This ends the visit and cannot be undone.</source>
        <translation>%1 markeren als %2? Dit beëindigt het bezoek en kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>No visits planned for this day. Pick another day above.</source>
        <translation>Geen bezoeken gepland op deze dag. Kies hierboven een andere dag.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Payment for {0}</source>
        <translation>Betaling voor {0}</translation>
    </message>
    <message>
        <source>{0} · total {1} · open {2}</source>
        <translation>{0} · totaal {1} · openstaand {2}</translation>
    </message>
    <message>
        <source>As on the bank statement</source>
        <translation>Zoals op het bankafschrift</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Betaling registreren</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Emergency</source>
        <translation>Spoedgeval</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Next SLA target</source>
        <translation>Volgende SLA-deadline</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>%1: %2 late</source>
        <translation>%1: %2 te laat</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: nog %2</translation>
    </message>
    <message>
        <source>%1: %2 left (at risk)</source>
        <translation>%1: nog %2 (in gevaar)</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1: gepauzeerd, nog %2</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>Premiumcontract</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Uiterlijk %1 (%2)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>All open tickets</source>
        <translation>Alle open tickets</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mijn tickets</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Dreigt te verlopen</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Spoedgevallen</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>Niet-toegewezen bezoeken</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Opgeslagen filters</translation>
    </message>
    <message>
        <source>Filter: reference, client, title, text  (Ctrl+F)</source>
        <translation>Filter: referentie, klant, titel, tekst  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Ticketwachtrij</translation>
    </message>
    <message>
        <source>Unsorted, the most urgent come first: emergencies, missed deadlines, then the deadlines due soonest. Click a column to sort by it; a third click goes back to the most urgent first.</source>
        <translation>Ongesorteerd staan de dringendste bovenaan: spoedgevallen, overschreden deadlines, dan de deadlines die het eerst verlopen. Klik op een kolom om erop te sorteren; een derde klik zet de dringendste weer bovenaan.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Wachtrij wordt geladen…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Nog geen klanten.</translation>
    </message>
    <message>
        <source>Add them in the Clients tab (Ctrl+6) or import them with %1; then create tickets with New ticket (Ctrl+N).</source>
        <translation>Voeg ze toe op het tabblad Klanten (Ctrl+6) of importeer ze met %1; maak daarna tickets met Nieuw ticket (Ctrl+N).</translation>
    </message>
    <message>
        <source>File ▸ Import from CSV…</source>
        <translation>Bestand ▸ Importeren uit CSV…</translation>
    </message>
    <message>
        <source>Does your team share a database already? %1</source>
        <translation>Deelt uw team al een database? %1</translation>
    </message>
    <message>
        <source>File ▸ Join a shared database…</source>
        <translation>Bestand ▸ Aansluiten op een gedeelde database…</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Geen open tickets.</translation>
    </message>
    <message>
        <source>Create one with %1 (Ctrl+N), or let mail become tickets: %2.</source>
        <translation>Maak er een met %1 (Ctrl+N), of laat e-mail tickets worden: %2.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nieuw ticket</translation>
    </message>
    <message>
        <source>File ▸ Mail settings…</source>
        <translation>Bestand ▸ E-mailinstellingen…</translation>
    </message>
    <message>
        <source>Show all open tickets</source>
        <translation>Toon alle open tickets</translation>
    </message>
    <message>
        <source>Closed tickets are found with %1 (Ctrl+Shift+F).</source>
        <translation>Gesloten tickets vindt u met %1 (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation>Tickets zoeken</translation>
    </message>
    <message>
        <source>No ticket matches “%1” in “%2”.</source>
        <translation>Geen ticket past bij “%1” in “%2”.</translation>
    </message>
    <message>
        <source>Search all tickets, closed ones too</source>
        <translation>Zoek in alle tickets, ook gesloten</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <source>No tickets in “%1” now.</source>
        <translation>Nu geen tickets in “%1”.</translation>
    </message>
</context>
<context>
    <name>RawMessageDialog</name>
    <message>
        <source>Message as received: %1</source>
        <translation>Bericht zoals ontvangen: %1</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown; Save… keeps the whole message.</source>
        <translation>Alleen de eerste megabyte wordt getoond; Opslaan… bewaart het hele bericht.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Bericht opslaan</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>Het bericht kon niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Geen dag</translation>
    </message>
    <message>
        <source>Mon–Fri 08:00–18:00 (10x5)</source>
        <translation>ma–vr 08:00–18:00 (10x5)</translation>
    </message>
    <message>
        <source>Around the clock (24x7)</source>
        <translation>Dag en nacht (24x7)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields in bold are required. Hover over a field to see what it takes.</source>
        <translation>Vetgedrukte velden zijn verplicht. Houd de muis boven een veld om te zien wat erin hoort.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>de naam van het bedrijf</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <source>a short name for lists</source>
        <translation>een korte naam voor in lijsten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>code van twee letters, bijv. NL</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Provincie of deelstaat</translation>
    </message>
    <message>
        <source>code of the region whose holidays count</source>
        <translation>code van de regio waarvan de feestdagen gelden</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>the zone of the SLA calendar, e.g. Europe/Amsterdam</source>
        <translation>de tijdzone van de SLA-kalender, bijv. Europe/Amsterdam</translation>
    </message>
    <message>
        <source>Document locale</source>
        <translation>Landinstelling documenten</translation>
    </message>
    <message>
        <source>language and formats of documents, e.g. nl_NL</source>
        <translation>taal en notaties van documenten, bijv. nl_NL</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>three-letter code, e.g. EUR</source>
        <translation>code van drie letters, bijv. EUR</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>bijv. NL001234567B01</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Factuuradres</translation>
    </message>
    <message>
        <source>the address invoices go to</source>
        <translation>het adres waar de facturen naartoe gaan</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>E-maildomein</translation>
    </message>
    <message>
        <source>mail from this domain becomes the client&apos;s tickets, e.g. acme.example</source>
        <translation>mail van dit domein wordt een ticket van de klant, bijv. acme.example</translation>
    </message>
    <message>
        <source>NDA on file</source>
        <translation>NDA aanwezig</translation>
    </message>
    <message>
        <source>a non-disclosure agreement is signed</source>
        <translation>er is een geheimhoudingsverklaring getekend</translation>
    </message>
    <message>
        <source>NDA signed on</source>
        <translation>NDA getekend op</translation>
    </message>
    <message>
        <source>the day the NDA was signed</source>
        <translation>de dag waarop de NDA is getekend</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Werkplekken</translation>
    </message>
    <message>
        <source>how many workstations the client has</source>
        <translation>hoeveel werkplekken de klant heeft</translation>
    </message>
    <message>
        <source>Invoices sent as</source>
        <translation>Facturen versturen als</translation>
    </message>
    <message>
        <source>how the client wants its invoices</source>
        <translation>hoe de klant zijn facturen wil ontvangen</translation>
    </message>
    <message>
        <source>Assigned engineer</source>
        <translation>Vaste engineer</translation>
    </message>
    <message>
        <source>the engineer who knows the client</source>
        <translation>de engineer die de klant kent</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
    <message>
        <source>the service manager of the client</source>
        <translation>de servicemanager van de klant</translation>
    </message>
    <message>
        <source>Review figures</source>
        <translation>Kerncijfers voor de review</translation>
    </message>
    <message>
        <source>the key figures the client asks for in its service review, such as tickets, sla, reaction, hours (empty: all)</source>
        <translation>de kerncijfers die de klant in de servicereview wil zien, zoals tickets, sla, reaction, hours (leeg: alle)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>what the site is called, e.g. HQ</source>
        <translation>hoe de locatie heet, bijv. Hoofdkantoor</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>two-letter code; empty: the client&apos;s</source>
        <translation>code van twee letters; leeg: die van de klant</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam; empty: the client&apos;s</source>
        <translation>bijv. Europe/Amsterdam; leeg: die van de klant</translation>
    </message>
    <message>
        <source>Floor or room</source>
        <translation>Verdieping of ruimte</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>Kaartlink</translation>
    </message>
    <message>
        <source>a link to the entrance on a map</source>
        <translation>een link naar de ingang op een kaart</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>reception, badge, parking</source>
        <translation>receptie, toegangspas, parkeren</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>de naam van de persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>what the person does for the client&apos;s tickets</source>
        <translation>wat de persoon doet bij de tickets van de klant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>met landcode, bijv. +31 20 123 4567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>de taal waarin we met deze persoon spreken, bijv. nl</translation>
    </message>
    <message>
        <source>Gets mail</source>
        <translation>Krijgt mail</translation>
    </message>
    <message>
        <source>no: they asked for no mail from the desk</source>
        <translation>nee: wil geen mail van de servicedesk</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>the site they work at</source>
        <translation>de locatie waar deze persoon werkt</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Berichtenapps</translation>
    </message>
    <message>
        <source>messenger=handle pairs, e.g. whatsapp=+31612345678</source>
        <translation>paren app=account, bijv. whatsapp=+31612345678</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>whose contract it is</source>
        <translation>van welke klant het contract is</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>what the client bought</source>
        <translation>wat de klant heeft afgenomen</translation>
    </message>
    <message>
        <source>empty: named after its kind</source>
        <translation>leeg: genoemd naar de soort</translation>
    </message>
    <message>
        <source>Product area</source>
        <translation>Productgebied</translation>
    </message>
    <message>
        <source>what it covers, e.g. workplace</source>
        <translation>wat het contract dekt, bijv. werkplek</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>the first day the contract covers</source>
        <translation>de eerste dag die het contract dekt</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>the last day it covers; none: open-ended</source>
        <translation>de laatste dag die het dekt; geen: voor onbepaalde tijd</translation>
    </message>
    <message>
        <source>three-letter code; empty: the client&apos;s</source>
        <translation>code van drie letters; leeg: die van de klant</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>Servicevenster</translation>
    </message>
    <message>
        <source>when SLA clocks run; default 24x7 for Comfort and Express, else 10x5</source>
        <translation>wanneer de SLA-klokken lopen; standaard 24x7 voor Comfort en Express, anders 10x5</translation>
    </message>
    <message>
        <source>SLA attainment target (%)</source>
        <translation>SLA-norm (% gehaald)</translation>
    </message>
    <message>
        <source>share of SLA clocks to meet, 50 to 100; the review measures it</source>
        <translation>aandeel SLA-klokken dat gehaald moet worden, 50 tot 100; de review meet ertegen</translation>
    </message>
    <message>
        <source>Premium service</source>
        <translation>Premiumservice</translation>
    </message>
    <message>
        <source>Dedicated manager</source>
        <translation>Vaste accountmanager</translation>
    </message>
    <message>
        <source>the desk user who looks after the contract; premium needs one</source>
        <translation>de gebruiker van de desk die het contract beheert; premium vereist er een</translation>
    </message>
    <message>
        <source>Standard hourly rate</source>
        <translation>Standaard uurtarief</translation>
    </message>
    <message>
        <source>e.g. 95.00</source>
        <translation>bijv. 95.00</translation>
    </message>
    <message>
        <source>Express hourly rate</source>
        <translation>Uurtarief Express</translation>
    </message>
    <message>
        <source>the hourly rate of emergency help</source>
        <translation>het uurtarief voor spoedhulp</translation>
    </message>
    <message>
        <source>On-demand hourly rate</source>
        <translation>Uurtarief op afroep</translation>
    </message>
    <message>
        <source>After-hours factor</source>
        <translation>Factor buiten kantooruren</translation>
    </message>
    <message>
        <source>1.5 to 2</source>
        <translation>1.5 tot 2</translation>
    </message>
    <message>
        <source>Rush visit fee</source>
        <translation>Spoedtoeslag bezoek</translation>
    </message>
    <message>
        <source>Price per workstation</source>
        <translation>Prijs per werkplek</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>On-site surcharge (%)</source>
        <translation>Toeslag ter plaatse (%)</translation>
    </message>
    <message>
        <source>Regular on-site days</source>
        <translation>Vaste dagen ter plaatse</translation>
    </message>
    <message>
        <source>Round time up to (minutes)</source>
        <translation>Tijd naar boven afronden op (minuten)</translation>
    </message>
    <message>
        <source>0, 1, 5, 6, 10, 15, 30 or 60</source>
        <translation>0, 1, 5, 6, 10, 15, 30 of 60</translation>
    </message>
    <message>
        <source>Emergency guarantee (hours)</source>
        <translation>Spoedgarantie (uren)</translation>
    </message>
    <message>
        <source>1 to 8</source>
        <translation>1 tot en met 8</translation>
    </message>
    <message>
        <source>Prepaid credit in</source>
        <translation>Prepaid tegoed in</translation>
    </message>
    <message>
        <source>prepaid credit only: money or hours</source>
        <translation>alleen bij prepaid tegoed: geld of uren</translation>
    </message>
    <message>
        <source>Monthly top-up</source>
        <translation>Maandelijkse aanvulling</translation>
    </message>
    <message>
        <source>prepaid credit added each month</source>
        <translation>tegoed dat er elke maand bij komt</translation>
    </message>
    <message>
        <source>Low-credit warning below</source>
        <translation>Waarschuwing laag tegoed onder</translation>
    </message>
    <message>
        <source>Bundle hours per month</source>
        <translation>Bundeluren per maand</translation>
    </message>
    <message>
        <source>FTE bundle only</source>
        <translation>alleen bij FTE-bundel</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Maandbedrag</translation>
    </message>
    <message>
        <source>monthly plan or FTE bundle</source>
        <translation>maandabonnement of FTE-bundel</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Betalingstermijn (dagen)</translation>
    </message>
    <message>
        <source>days to pay an invoice</source>
        <translation>dagen om een factuur te betalen</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Btw-tarief (%)</translation>
    </message>
    <message>
        <source>empty: the company&apos;s rate</source>
        <translation>leeg: het tarief van uw bedrijf</translation>
    </message>
    <message>
        <source>VAT exemption</source>
        <translation>Btw-vrijstelling</translation>
    </message>
    <message>
        <source>why no VAT is charged; printed on invoices</source>
        <translation>waarom er geen btw wordt berekend; staat op de facturen</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>SLA-doelen</translation>
    </message>
    <message>
        <source>the clock each priority promises</source>
        <translation>de termijn die elke prioriteit belooft</translation>
    </message>
    <message>
        <source>the engineer&apos;s name</source>
        <translation>de naam van de engineer</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 6 1234 5678</source>
        <translation>met landcode, bijv. +31 6 1234 5678</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Vaardigheidsniveau</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>comma separated, e.g. network, windows</source>
        <translation>kommagescheiden, bijv. network, windows</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>kommagescheiden codes, bijv. nl, en</translation>
    </message>
    <message>
        <source>Base region</source>
        <translation>Thuisregio</translation>
    </message>
    <message>
        <source>where they travel from</source>
        <translation>waar de engineer vandaan reist</translation>
    </message>
    <message>
        <source>Base latitude</source>
        <translation>Breedtegraad thuisbasis</translation>
    </message>
    <message>
        <source>where their day starts, degrees north (south: negative)</source>
        <translation>waar hun dag begint, graden noorderbreedte (zuid: negatief)</translation>
    </message>
    <message>
        <source>Base longitude</source>
        <translation>Lengtegraad thuisbasis</translation>
    </message>
    <message>
        <source>degrees east (west: negative), e.g. 4.90</source>
        <translation>graden oosterlengte (west: negatief), bijv. 4.90</translation>
    </message>
    <message>
        <source>the zone they work in, e.g. Europe/Amsterdam</source>
        <translation>de tijdzone waarin de engineer werkt, bijv. Europe/Amsterdam</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>their week, in their own time zone; by default Mon–Fri 08:00–18:00</source>
        <translation>de werkweek, in de eigen tijdzone; standaard ma–vr 08:00–18:00</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kosten per uur</translation>
    </message>
    <message>
        <source>what an hour of theirs costs</source>
        <translation>wat een uur van deze engineer kost</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Valuta van de kosten</translation>
    </message>
    <message>
        <source>three-letter code; empty: EUR</source>
        <translation>code van drie letters; leeg: EUR</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>a passport-style picture, JPEG or PNG: sent when they are proposed for a visit, for the client to check their ID against</source>
        <translation>een pasfoto, JPEG of PNG: meegestuurd wanneer de monteur voor een bezoek wordt voorgesteld, zodat de klant het identiteitsbewijs kan controleren</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>Toegewezen klanten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Aangemelde gebruiker</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>picture, %1 KB</source>
        <translation>afbeelding, %1 KB</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>geen tijden</translation>
    </message>
</context>
<context>
    <name>ReviewNotesDialog</name>
    <message>
        <source>Focus area</source>
        <translation>Aandachtsgebied</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Reviewnotities</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>Alleen open</translation>
    </message>
    <message>
        <source>Focus areas agreed at the kick-off, risks and recommendations. Open ones are printed in the client&apos;s service review until they are closed.</source>
        <translation>Aandachtsgebieden afgesproken bij de kick-off, risico&apos;s en aanbevelingen. Open punten staan in de servicereview van de klant tot ze gesloten zijn.</translation>
    </message>
    <message>
        <source>Kick-off…</source>
        <translation>Kick-off…</translation>
    </message>
    <message>
        <source>Record the kick-off: the day it was held and the consultants agreed</source>
        <translation>Leg de kick-off vast: de dag en de afgesproken consultants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Selected note:</source>
        <translation>Gekozen notitie:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status zetten</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Notitie sluiten</translation>
    </message>
    <message>
        <source>Type to pick a usual focus area, or write your own</source>
        <translation>Typ om een gangbaar aandachtsgebied te kiezen, of schrijf uw eigen</translation>
    </message>
    <message>
        <source>What was agreed, seen or advised</source>
        <translation>Wat is afgesproken, gezien of geadviseerd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>No kick-off recorded yet.</source>
        <translation>Nog geen kick-off vastgelegd.</translation>
    </message>
    <message>
        <source>Kick-off held on %1; consultants: %2</source>
        <translation>Kick-off gehouden op %1; consultants: %2</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Today (h)</source>
        <translation>Vandaag (u)</translation>
    </message>
    <message>
        <source>Week %</source>
        <translation>Week %</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>Toegewezen klanten</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>geen werktijden</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Edit skills and leave…</source>
        <translation>Vaardigheden en verlof bewerken…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Only an administrator may change the mail settings.</source>
        <translation>Alleen een beheerder mag de mailinstellingen wijzigen.</translation>
    </message>
    <message>
        <source>Reopen window</source>
        <translation>Heropentermijn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>path or URL, used at the next start</source>
        <translation>pad of URL, geldt bij de volgende start</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Aangemeld als:</translation>
    </message>
    <message>
        <source>Countdown refresh (seconds):</source>
        <translation>Aftellen vernieuwen (seconden):</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <source>Reopen window (days):</source>
        <translation>Heropentermijn (dagen):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Only an administrator changes the company profile.</source>
        <translation>Alleen een beheerder wijzigt het bedrijfsprofiel.</translation>
    </message>
    <message>
        <source>Set up your company</source>
        <translation>Uw bedrijf instellen</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <source>Your own company, as every work order, report and invoice names it. Every desk prints the same profile.</source>
        <translation>Uw eigen bedrijf, zoals elke werkbon, elk rapport en elke factuur het noemt. Elke werkplek drukt hetzelfde profiel af.</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Statutaire naam:</translation>
    </message>
    <message>
        <source>as registered; printed on every invoice</source>
        <translation>zoals ingeschreven; staat op elke factuur</translation>
    </message>
    <message>
        <source>Trading name:</source>
        <translation>Handelsnaam:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>one line per line</source>
        <translation>één regel per adresregel</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>code van twee letters, bijv. NL</translation>
    </message>
    <message>
        <source>VAT id:</source>
        <translation>Btw-nummer:</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>bijv. NL001234567B01</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Inschrijvingsnummer:</translation>
    </message>
    <message>
        <source>optional, e.g. chamber of commerce</source>
        <translation>optioneel, bijv. KvK-nummer</translation>
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
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>met landcode, bijv. +31 20 123 4567</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>bijv. EUR</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>Btw-tarief (%):</translation>
    </message>
    <message>
        <source>e.g. 21</source>
        <translation>bijv. 21</translation>
    </message>
    <message>
        <source>Reduced tax rate (%):</source>
        <translation>Verlaagd btw-tarief (%):</translation>
    </message>
    <message>
        <source>optional, e.g. 9</source>
        <translation>optioneel, bijv. 9</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Factuurvoorvoegsel:</translation>
    </message>
    <message>
        <source>in front of invoice numbers, e.g. DC</source>
        <translation>vóór factuurnummers, bijv. DC</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Documenttaal:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Tijdzone:</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam</source>
        <translation>bijv. Europe/Amsterdam</translation>
    </message>
    <message>
        <source>Holidays of country:</source>
        <translation>Feestdagen van land:</translation>
    </message>
    <message>
        <source>Holidays of region:</source>
        <translation>Feestdagen van regio:</translation>
    </message>
    <message>
        <source>optional: province or state</source>
        <translation>optioneel: provincie of deelstaat</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>Handtekeningveld</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Teken hier met de muis, een pen of een vinger.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>Teken boven de lijn</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Wipe the pad to sign again.</source>
        <translation>Wis het veld om opnieuw te tekenen.</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Handtekening wissen</translation>
    </message>
</context>
<context>
    <name>SlaAlerter</name>
    <message>
        <source>Dispatch Console: SLA alerts</source>
        <translation>Dispatch Console: SLA-meldingen</translation>
    </message>
    <message>
        <source>%1 missed: %2 %3</source>
        <translation>%1 overschreden: %2 %3</translation>
    </message>
    <message>
        <source>%1 at risk: %2 %3</source>
        <translation>%1 in gevaar: %2 %3</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(uiterlijk %1)</translation>
    </message>
    <message>
        <source>Your premium client: %1</source>
        <translation>Uw premiumklant: %1</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (en nog %2)</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>SLA overschreden</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA in gevaar</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Dag en nacht</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>The clock runs at nights and weekends too</source>
        <translation>De klok loopt ook &apos;s nachts en in het weekend</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <source>The shared database %1 asks for your password.</source>
        <translation>De gedeelde database %1 vraagt om uw wachtwoord.</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Gedeelde database: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Offline sinds %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 in wachtrij</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflicten</translation>
    </message>
    <message>
        <source>server feed %1 s behind</source>
        <translation>serverfeed %1 s achter</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(geen locatie)</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>(geen contract)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nieuw ticket</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Aanvrager:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Wat is er mis, in een paar woorden</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nieuwe contactpersoon…</translation>
    </message>
    <message>
        <source>Register the person who asks as a new contact of this client</source>
        <translation>De aanvrager vastleggen als nieuwe contactpersoon van deze klant</translation>
    </message>
    <message>
        <source>Emergency (Express help)</source>
        <translation>Spoedgeval (Express-hulp)</translation>
    </message>
</context>
<context>
    <name>TicketHistory</name>
    <message>
        <source>priority of %1</source>
        <translation>prioriteit van %1</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>status van %1</translation>
    </message>
    <message>
        <source>estimate of %1</source>
        <translation>schatting van %1</translation>
    </message>
    <message>
        <source>assignment of %1</source>
        <translation>toewijzing van %1</translation>
    </message>
    <message numerus="yes">
        <source>priority of %n tickets</source>
        <translation>
            <numerusform>prioriteit van %n ticket</numerusform>
            <numerusform>prioriteit van %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status of %n tickets</source>
        <translation>
            <numerusform>status van %n ticket</numerusform>
            <numerusform>status van %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimate of %n tickets</source>
        <translation>
            <numerusform>schatting van %n ticket</numerusform>
            <numerusform>schatting van %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assignment of %n tickets</source>
        <translation>
            <numerusform>toewijzing van %n ticket</numerusform>
            <numerusform>toewijzing van %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPane</name>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>bezoek</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>tijdregistratie</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>status moved</source>
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>notitie toegevoegd</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Spoedgeval</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>Premiumcontract</translation>
    </message>
    <message>
        <source>Under a premium plan: handled at once, first among tickets as urgent.</source>
        <translation>Valt onder een premiumcontract: wordt direct opgepakt, als eerste van even dringende tickets.</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Schrijf een notitie…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation>Antwoord aan de klant</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; time</source>
        <translation>Notities &amp;&amp; tijd</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schatting</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anders…</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Geen schatting</translation>
    </message>
    <message>
        <source>Effort expected, in hours and minutes (such as 4h, 1h30m or 90m):</source>
        <translation>Verwachte inspanning in uren en minuten (zoals 4h, 1h30m of 90m):</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
    <message>
        <source>Estimate %1</source>
        <translation>Schatting %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Toegewezen aan %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Change the status, priority, assignee or estimate of all of them at once. Edit ▸ Undo (Ctrl+Z) takes the change back.</source>
        <translation>Wijzig de status, prioriteit, toegewezen persoon of schatting van allemaal tegelijk. Bewerken ▸ Ongedaan maken (Ctrl+Z) draait de wijziging terug.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Accountmanager: %1</translation>
    </message>
    <message>
        <source>No dedicated manager named</source>
        <translation>Geen vaste accountmanager opgegeven</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>prioriteit %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nieuw bezoek…</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Tijd boeken…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Assessment…</source>
        <translation>Beoordeling…</translation>
    </message>
    <message>
        <source>no prepaid credit</source>
        <translation>geen prepaid tegoed</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Geboekte uren</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>geen beschrijving</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Prepaid tegoed</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>geen notities</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>factureerbaar</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>niet factureerbaar</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Nog geen bezoeken.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>%1 logged (%2)</source>
        <translation>%1 geboekt (%2)</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>nog niets geboekt</translation>
    </message>
    <message>
        <source>%1 over the estimate</source>
        <translation>%1 boven de schatting</translation>
    </message>
    <message>
        <source>Targets of this contract and priority</source>
        <translation>Doelen van dit contract en deze prioriteit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Due %1 (%2); %3 h %4 m of business time used.</source>
        <translation>Uiterlijk %1 (%2); %3 u %4 m kantoortijd verbruikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Sluiten…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Niemand (toewijzing opheffen)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets selected</source>
        <translation>
            <numerusform>%n ticket geselecteerd</numerusform>
            <numerusform>%n tickets geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Geen ticket geselecteerd.</translation>
    </message>
    <message>
        <source>Click a ticket in the queue to read it here. Ctrl+click or Shift+click selects several, to change them all at once.</source>
        <translation>Klik op een ticket in de wachtrij om het hier te lezen. Ctrl+klik of Shift+klik selecteert er meerdere, om ze allemaal tegelijk te wijzigen.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>(not on a visit)</source>
        <translation>(niet bij een bezoek)</translation>
    </message>
    <message>
        <source>(billable)</source>
        <translation>(factureerbaar)</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Tijd boeken</translation>
    </message>
    <message>
        <source>the work must end after it starts</source>
        <translation>het werk moet eindigen na het begin</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Engineer:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Bezoek:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Geëindigd:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Factureerbaar</translation>
    </message>
    <message>
        <source>Not billable because:</source>
        <translation>Niet factureerbaar omdat:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Uitgevoerd werk:</translation>
    </message>
</context>
<context>
    <name>TimeView</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Factureerbaar</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Uitgevoerd werk</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Tijdboekingen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Laag bij</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Overdrafts</source>
        <translation>Overschrijdingen</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Prepaid tegoed</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Selectie goedkeuren</translation>
    </message>
    <message>
        <source>Client&apos;s approval…</source>
        <translation>Akkoord van de klant…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Send the selected entries back to their engineer, with the reason why</source>
        <translation>De gekozen boekingen terugsturen naar hun engineer, met de reden</translation>
    </message>
    <message>
        <source>Run the daily cut-off</source>
        <translation>Dagafsluiting uitvoeren</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the selected entry; one sent back then waits for the desk again</source>
        <translation>De gekozen boeking wijzigen; een teruggestuurde wacht daarna weer op de desk</translation>
    </message>
    <message>
        <source>Week…</source>
        <translation>Week…</translation>
    </message>
    <message>
        <source>The engineer&apos;s week as a timesheet: tickets by day</source>
        <translation>De week van de engineer als urenstaat: tickets per dag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepaid credit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prepaid tegoed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>Alle engineers</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Dag of week</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Engineer:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Ticket, e.g. T-2026-000123</source>
        <translation>Ticket, bijv. T-2026-000123</translation>
    </message>
    <message>
        <source>Ticket for the timer</source>
        <translation>Ticket voor de timer</translation>
    </message>
    <message>
        <source>Phase for the timer</source>
        <translation>Fase voor de timer</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Stop timer…</source>
        <translation>Timer stoppen…</translation>
    </message>
    <message>
        <source>Stop the timer and record the time as an entry</source>
        <translation>De timer stoppen en de tijd als boeking vastleggen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Throw the timer away without recording it</source>
        <translation>De timer weggooien zonder iets vast te leggen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Timer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>loopt niet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op %2 voor %3</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Uitgevoerd werk:</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Boekingen worden gelezen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>desk and client</source>
        <translation>desk en klant</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>de desk</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>the engineer (sent back: %1)</source>
        <translation>de engineer (teruggestuurd: %1)</translation>
    </message>
    <message>
        <source>(approved)</source>
        <translation>(goedgekeurd)</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>Teruggestuurd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n boeking getoond</numerusform>
            <numerusform>%n boekingen getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n entries shown: choose an engineer or a day</source>
        <translation>
            <numerusform>De eerste %1 van %n boeking getoond: kies een engineer of een dag</numerusform>
            <numerusform>De eerste %1 van %n boekingen getoond: kies een engineer of een dag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h, of which %2 h billable</source>
        <translation>%1 u, waarvan %2 u factureerbaar</translation>
    </message>
    <message numerus="yes">
        <source>The desk sent %n of your entries back: &lt;a href=&apos;#&apos;&gt;show them&lt;/a&gt;</source>
        <translation>
            <numerusform>De desk stuurde %n boeking van je terug: &lt;a href=&apos;#&apos;&gt;toon die&lt;/a&gt;</numerusform>
            <numerusform>De desk stuurde %n boekingen van je terug: &lt;a href=&apos;#&apos;&gt;toon ze&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send time back</source>
        <translation>Tijd terugsturen</translation>
    </message>
    <message>
        <source>Why does this time go back to the engineer? They read this:</source>
        <translation>Waarom gaat deze tijd terug naar de engineer? Die leest dit:</translation>
    </message>
    <message numerus="yes">
        <source>Entries locked by the cut-off: %n</source>
        <translation>
            <numerusform>Door de afsluiting vergrendeld: %n boeking</numerusform>
            <numerusform>Door de afsluiting vergrendeld: %n boekingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageAcceptDialog</name>
    <message>
        <source>from %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>Make the ticket</source>
        <translation>Ticket aanmaken</translation>
    </message>
    <message>
        <source>Accept as ticket</source>
        <translation>Als ticket aannemen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>The sender becomes a requester of this client and the message its new ticket.</source>
        <translation>De afzender wordt aanvrager bij deze klant en het bericht wordt een nieuw ticket.</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Contactpersoon ter plaatse</translation>
    </message>
    <message>
        <source>none named: ask the desk</source>
        <translation>niemand genoemd: vraag het de desk</translation>
    </message>
    <message>
        <source>no phone or e-mail</source>
        <translation>geen telefoon of e-mail</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Met %1</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Mee te nemen</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papieren</translation>
    </message>
    <message>
        <source>nothing listed</source>
        <translation>niets opgegeven</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>May leave, agreed by %1</source>
        <translation>Mag vertrekken, akkoord van %1</translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation>(getekend)</translation>
    </message>
    <message>
        <source>No step to take</source>
        <translation>Geen stap te zetten</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>Preview and print the work order to hand out</source>
        <translation>Werkorder bekijken en afdrukken om af te geven</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>site address</source>
        <translation>adres van de locatie</translation>
    </message>
    <message>
        <source>map link</source>
        <translation>kaartlink</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>engineers</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>engineer</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Request a visit for %1</source>
        <translation>Een bezoek aanvragen voor %1</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(kies een locatie)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(not given: senior)</source>
        <translation>(niet opgegeven: senior)</translation>
    </message>
    <message>
        <source>Request visit</source>
        <translation>Bezoek aanvragen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours</source>
        <translation>&apos;%1&apos; is geen aantal uren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not suited: %2</source>
        <translation>%1 — niet geschikt: %2</translation>
    </message>
    <message>
        <source>Fix the errors first</source>
        <translation>Verhelp eerst de fouten</translation>
    </message>
    <message>
        <source>Save in the Requested state</source>
        <translation>Opslaan als Aangevraagd</translation>
    </message>
    <message>
        <source>Request a visit</source>
        <translation>Een bezoek aanvragen</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Geplande start:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Reserved hours:</source>
        <translation>Gereserveerde uren:</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>Vaardigheidsniveau:</translation>
    </message>
    <message>
        <source>Engineers needed:</source>
        <translation>Benodigde engineers:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>kommagescheiden codes, bijv. nl, en</translation>
    </message>
    <message>
        <source>Urgency class:</source>
        <translation>Urgentieklasse:</translation>
    </message>
    <message>
        <source>Local contact:</source>
        <translation>Contactpersoon ter plaatse:</translation>
    </message>
    <message>
        <source>Ordering engineer:</source>
        <translation>Aanvragende engineer:</translation>
    </message>
    <message>
        <source>Work description:</source>
        <translation>Werkomschrijving:</translation>
    </message>
    <message>
        <source>Target hardware:</source>
        <translation>Doelhardware:</translation>
    </message>
    <message>
        <source>Work sequence:</source>
        <translation>Werkvolgorde:</translation>
    </message>
    <message>
        <source>Confirm before:</source>
        <translation>Bevestigen vooraf:</translation>
    </message>
    <message>
        <source>Confirm after:</source>
        <translation>Bevestigen achteraf:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Benodigde documenten:</translation>
    </message>
    <message>
        <source>Items to bring:</source>
        <translation>Mee te nemen:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>kommagescheiden</translation>
    </message>
    <message>
        <source>Paperwork:</source>
        <translation>Papieren:</translation>
    </message>
    <message>
        <source>empty: 2 h + 30 min grace</source>
        <translation>leeg: 2 u + 30 min speling</translation>
    </message>
    <message>
        <source>Written instructions attached</source>
        <translation>Schriftelijke instructies bijgevoegd</translation>
    </message>
    <message>
        <source>On-site assistance by the client</source>
        <translation>Hulp ter plaatse door de klant</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>Regulier bezoek</translation>
    </message>
    <message>
        <source>Visit without local contact because:</source>
        <translation>Bezoek zonder contactpersoon ter plaatse omdat:</translation>
    </message>
    <message>
        <source>Travel needs booking</source>
        <translation>Reis moet geboekt worden</translation>
    </message>
    <message>
        <source>New workstations:</source>
        <translation>Nieuwe werkplekken:</translation>
    </message>
    <message>
        <source>only when the client insists on a visit without local contact</source>
        <translation>alleen als de klant aandringt op een bezoek zonder contactpersoon ter plaatse</translation>
    </message>
    <message>
        <source>Dispatch checks</source>
        <translation>Dispatchcontroles</translation>
    </message>
    <message>
        <source>Engineers (tick to assign)</source>
        <translation>Engineers (aanvinken om toe te wijzen)</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Geplande bezoeken</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Week timesheet</source>
        <translation>Urenstaat van de week</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Engineer:</translation>
    </message>
    <message>
        <source>No engineers yet.</source>
        <translation>Nog geen engineers.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3 (%4)</source>
        <translation>Week %1, %2 tot en met %3 (%4)</translation>
    </message>
    <message>
        <source>%1 h this week, %2 h billable</source>
        <translation>%1 u deze week, %2 u factureerbaar</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log: %1</source>
        <translation>Er ging iets mis en er is niets opgeslagen. De details staan in het logboek: %1</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. It was reloaded; please try again.</source>
        <translation>Iemand anders heeft dit record intussen gewijzigd. Het is opnieuw geladen; probeer het nog eens.</translation>
    </message>
    <message>
        <source>The database refused the change: %1. Nothing was saved.</source>
        <translation>De database weigerde de wijziging: %1. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; what you were doing may not have finished. You can carry on working. The details are in the log: %1</source>
        <translation>Er ging onverwacht iets mis; wat u aan het doen was, is misschien niet afgemaakt. U kunt gewoon verder werken. De details staan in het logboek: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
</context>
</TS>

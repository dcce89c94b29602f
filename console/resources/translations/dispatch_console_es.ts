<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit article</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>What an engineer needs to know. Name the entry in the password manager; never write a password here.</source>
        <translation>Lo que un técnico necesita saber. Indique el nombre de la entrada en el gestor de contraseñas; nunca escriba aquí una contraseña.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>The whole client</source>
        <translation>Todo el cliente</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Technical assessment of %1</source>
        <translation>Evaluación técnica de %1</translation>
    </message>
    <message>
        <source>Called %1; the answer is free and due by %2 (%3).</source>
        <translation>Llamada %1; la respuesta es gratuita y vence a las %2 (%3).</translation>
    </message>
    <message>
        <source>We can restore the client&apos;s service</source>
        <translation>Podemos restablecer el servicio del cliente</translation>
    </message>
    <message>
        <source>How sure the expert is, and what the answer rests on</source>
        <translation>Qué seguridad tiene el experto y en qué se basa la respuesta</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Waive the guarantee hours</source>
        <translation>Eximir de las horas de garantía</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>Tiempo para restablecer el servicio</translation>
    </message>
    <message>
        <source>Time to remove the cause</source>
        <translation>Tiempo para eliminar la causa</translation>
    </message>
    <message>
        <source>Guarantee hours</source>
        <translation>Horas de garantía</translation>
    </message>
    <message>
        <source>Answered at (%1)</source>
        <translation>Respondida a las (%1)</translation>
    </message>
    <message>
        <source>The guarantee is billed: paid up front, its hours no longer change.</source>
        <translation>La garantía está facturada: pagada por adelantado, sus horas ya no cambian.</translation>
    </message>
    <message>
        <source>No NDA on file: the provider&apos;s default NDA is accepted with this request.</source>
        <translation>No hay NDA firmado: el NDA estándar del proveedor se acepta con esta solicitud.</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Registrar evaluación</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Period or ticket</source>
        <translation>Periodo o ticket</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>transferencia bancaria</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>domiciliación bancaria</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Con cargo a</translation>
    </message>
    <message>
        <source>Preview the run</source>
        <translation>Previsualizar la ejecución</translation>
    </message>
    <message>
        <source>Show what the run would bill; nothing is written</source>
        <translation>Mostrar lo que facturaría la ejecución; no se guarda nada</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Ejecutar facturación</translation>
    </message>
    <message>
        <source>Bill an emergency…</source>
        <translation>Facturar una emergencia…</translation>
    </message>
    <message>
        <source>An Express ticket&apos;s invoices at its close: guarantee, restoration, cause</source>
        <translation>Las facturas de un ticket Express al cerrarse: garantía, restablecimiento, causa</translation>
    </message>
    <message>
        <source>Sell prepaid credit…</source>
        <translation>Vender crédito prepago…</translation>
    </message>
    <message>
        <source>Draft the invoice for a block of prepaid credit; the credit arrives on issue</source>
        <translation>Preparar el borrador de factura de un bloque de crédito prepago; el crédito se abona al emitirla</translation>
    </message>
    <message>
        <source>Issue selected</source>
        <translation>Emitir seleccionadas</translation>
    </message>
    <message>
        <source>Void draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Nota de crédito…</translation>
    </message>
    <message>
        <source>Correct the selected issued invoice: take back all or some of its lines</source>
        <translation>Rectificar la factura emitida seleccionada: anular todas o algunas de sus líneas</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Bank statement…</source>
        <translation>Extracto bancario…</translation>
    </message>
    <message>
        <source>Book the payments of a bank statement, all or none: a CSV file with the columns invoice, amount, paid_on (and reference, method)</source>
        <translation>Registrar los pagos de un extracto bancario, todos o ninguno: un archivo CSV con las columnas invoice, amount, paid_on (y reference, method)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mes:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Líneas de factura</translation>
    </message>
    <message>
        <source>Reword line…</source>
        <translation>Reformular línea…</translation>
    </message>
    <message>
        <source>Change the text the client reads on this line</source>
        <translation>Cambiar el texto que lee el cliente en esta línea</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>Añadir línea…</translation>
    </message>
    <message>
        <source>A charge of your own, or a discount (an amount below zero)</source>
        <translation>Un cargo propio o un descuento (un importe negativo)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Take the line out of the draft; its work waits for the next run</source>
        <translation>Sacar la línea del borrador; su trabajo queda para la próxima ejecución</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Invoices and rates are for the desk only.</source>
        <translation>Las facturas y tarifas son solo para el servicio de asistencia.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Leyendo las facturas…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue: {0} open.</source>
        <translation>
            <numerusform>%n factura vencida: {0} pendiente.</numerusform>
            <numerusform>%n facturas vencidas: {0} pendiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>para {0}</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Draft for {0} changed: {1}.</source>
        <translation>Borrador para {0} modificado: {1}.</translation>
    </message>
    <message>
        <source>Reword line</source>
        <translation>Reformular línea</translation>
    </message>
    <message>
        <source>Text on the invoice:</source>
        <translation>Texto en la factura:</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Amount (below zero for a discount):</source>
        <translation>Importe (negativo para un descuento):</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>abonado</translation>
    </message>
    <message>
        <source>Subtotal {0} · tax {1} · total {2}</source>
        <translation>Subtotal {0} · IVA {1} · total {2}</translation>
    </message>
    <message>
        <source>Credits {0}: {1}</source>
        <translation>Abonos {0}: {1}</translation>
    </message>
    <message>
        <source> · credited {0}</source>
        <translation> · abonado {0}</translation>
    </message>
    <message>
        <source> · paid {0} · open {1}</source>
        <translation> · pagado {0} · pendiente {1}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Preview of {0}: {1} contracts would give {2} drafts ({3}).</source>
        <translation>Previsualización de {0}: {1} contratos darían {2} borradores ({3}).</translation>
    </message>
    <message>
        <source>{0} billed: {1} contracts gave {2} drafts ({3}).</source>
        <translation>{0} facturado: {1} contratos dieron {2} borradores ({3}).</translation>
    </message>
    <message>
        <source>{0} time entries wait for an approval.</source>
        <translation>{0} registros de tiempo esperan aprobación.</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is used up: {2} left.</source>
        <translation>El crédito prepago de {0} ({1}) está agotado: quedan {2}.</translation>
    </message>
    <message>
        <source>Prepaid credit of {0} ({1}) is running low: {2} left.</source>
        <translation>El crédito prepago de {0} ({1}) se está agotando: quedan {2}.</translation>
    </message>
    <message>
        <source>Tell {0}.</source>
        <translation>Avise a {0}.</translation>
    </message>
    <message>
        <source>Bill an emergency</source>
        <translation>Facturar una emergencia</translation>
    </message>
    <message>
        <source>Ticket reference:</source>
        <translation>Referencia del ticket:</translation>
    </message>
    <message>
        <source>{0}: {1} drafts.</source>
        <translation>{0}: {1} borradores.</translation>
    </message>
    <message>
        <source>Sell prepaid credit</source>
        <translation>Vender crédito prepago</translation>
    </message>
    <message>
        <source>No client has a prepaid credit contract yet: add one first.</source>
        <translation>Ningún cliente tiene aún un contrato de crédito prepago: añada uno primero.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Amount (money, or hours for a card that holds hours):</source>
        <translation>Importe (dinero, u horas para una tarjeta de horas):</translation>
    </message>
    <message>
        <source>Draft for {0}: {1}. The credit arrives when it is issued.</source>
        <translation>Borrador para {0}: {1}. El crédito se abona cuando se emite.</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Emitir facturas</translation>
    </message>
    <message>
        <source>Issue {0} invoices? An issued invoice never changes.</source>
        <translation>¿Emitir {0} facturas? Una factura emitida ya no se modifica.</translation>
    </message>
    <message>
        <source>Issued: {0}</source>
        <translation>Emitidas: {0}</translation>
    </message>
    <message>
        <source>Draft voided; its work waits for the next run.</source>
        <translation>Borrador descartado; su trabajo queda para la próxima ejecución.</translation>
    </message>
    <message>
        <source>Credit note drafted for {0}; issue it when it is right.</source>
        <translation>Nota de crédito preparada para {0}; emítala cuando sea correcta.</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Extracto bancario</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bank statement booked: {0} payments; {1} invoices owe nothing more.</source>
        <translation>Extracto bancario registrado: {0} pagos; {1} facturas ya no tienen importe pendiente.</translation>
    </message>
    <message>
        <source>Payment recorded: {0} is paid.</source>
        <translation>Pago registrado: {0} está pagada.</translation>
    </message>
    <message>
        <source>Payment recorded for {0}: {1} still open.</source>
        <translation>Pago registrado para {0}: quedan {1} pendientes.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Planning board, scrollable</source>
        <translation>Tablero de planificación, desplazable</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>One day, with the chosen engineer&apos;s day plan</source>
        <translation>Un día, con el plan del día del técnico elegido</translation>
    </message>
    <message>
        <source>Monday to Sunday for every engineer</source>
        <translation>De lunes a domingo para todos los técnicos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The previous day or week</source>
        <translation>El día o la semana anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next day or week</source>
        <translation>El día o la semana siguiente</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>Shown days</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the visits as a list, or as the painted board (Ctrl+L)</source>
        <translation>Mostrar las visitas como lista o como tablero dibujado (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Teclas…</translation>
    </message>
    <message>
        <source>Keyboard use</source>
        <translation>Uso del teclado</translation>
    </message>
    <message>
        <source>Export schedule (.ics)…</source>
        <translation>Exportar agenda (.ics)…</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s shown visits as a calendar file</source>
        <translation>Las visitas mostradas del técnico seleccionado como archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation>Mensaje del calendario</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>Visitas sin asignar</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · horas en %2</translation>
    </message>
    <message>
        <source>no retainer</source>
        <translation>sin iguala</translation>
    </message>
    <message>
        <source>No retainer in force: served after the retainer work</source>
        <translation>Sin iguala vigente: se atiende después del trabajo con iguala</translation>
    </message>
    <message>
        <source>Needs a new engineer: %1 is no longer active</source>
        <translation>Necesita otro técnico: %1 ya no está activo</translation>
    </message>
    <message>
        <source>Move refused: %1</source>
        <translation>Movimiento rechazado: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 movida a %2.</translation>
    </message>
    <message>
        <source>Change refused: %1</source>
        <translation>Cambio rechazado: %1</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes longer.</source>
        <translation>%1 dura ahora %2 minutos más.</translation>
    </message>
    <message>
        <source>%1 is now %2 minutes shorter.</source>
        <translation>%1 dura ahora %2 minutos menos.</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Exportar agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Visits exported to %1: %n.</source>
        <translation>
            <numerusform>Visitas exportadas a %1: %n.</numerusform>
            <numerusform>Visitas exportadas a %1: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Planning board</source>
        <translation>Tablero de planificación</translation>
    </message>
    <message>
        <source>No visit selected. Arrow keys select a visit; Ctrl+L lists them.</source>
        <translation>Ninguna visita seleccionada. Las flechas seleccionan una visita; Ctrl+L las muestra en lista.</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Arrow keys select a visit (Left/Right: the engineer&apos;s previous or next visit; Up/Down: the row above or below). With a visit selected: Alt+Left/Right moves it by a day, Alt+Up/Down by 15 minutes, Alt+Shift+Up/Down makes it 15 minutes shorter or longer, Alt+PageUp/PageDown hands it to the engineer above or below. Every move is checked as a drag is. Ctrl+L shows the visits as a list. With the mouse, drag a block to move it, or its right edge to change its length.</source>
        <translation>Las flechas seleccionan una visita (Izquierda/Derecha: la visita anterior o siguiente del técnico; Arriba/Abajo: la fila de arriba o de abajo). Con una visita seleccionada: Alt+Izquierda/Derecha la mueve un día, Alt+Arriba/Abajo 15 minutos, Alt+Mayús+Arriba/Abajo la acorta o alarga 15 minutos, Alt+RePág/AvPág la pasa al técnico de arriba o de abajo. Cada movimiento se comprueba igual que al arrastrar. Ctrl+L muestra las visitas como lista. Con el ratón, arrastre un bloque para moverlo, o su borde derecho para cambiar su duración.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 time)</source>
        <translation>%1 – %2 (hora de %3)</translation>
    </message>
    <message>
        <source>Engineer: %1</source>
        <translation>Técnico: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>Travel: %1</source>
        <translation>Desplazamiento: %1</translation>
    </message>
</context>
<context>
    <name>ChangeTimeDialog</name>
    <message>
        <source>Change time on %1</source>
        <translation>Modificar tiempo en %1</translation>
    </message>
    <message>
        <source>Sent back by the desk: %1</source>
        <translation>Devuelto por el servicio de asistencia: %1</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Trabajo realizado:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Trabajo realizado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>ClientApprovalDialog</name>
    <message>
        <source>Client&apos;s approval</source>
        <translation>Aprobación del cliente</translation>
    </message>
    <message>
        <source>Record who at the client approved the selected time, and how.</source>
        <translation>Registre quién aprobó en el cliente el tiempo seleccionado, y cómo.</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Aprobado por:</translation>
    </message>
    <message>
        <source>the person at the client</source>
        <translation>la persona del cliente</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Add site…</source>
        <translation>Añadir sede…</translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation>Editar sede…</translation>
    </message>
    <message>
        <source>Deactivate site</source>
        <translation>Desactivar sede</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Añadir contacto…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <source>Deactivate contact</source>
        <translation>Desactivar contacto</translation>
    </message>
    <message>
        <source>No mail to them…</source>
        <translation>Sin correo…</translation>
    </message>
    <message>
        <source>Stop or resume the desk&apos;s mail to the selected contact</source>
        <translation>Detener o reanudar el correo del servicio de asistencia al contacto seleccionado</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Add contract…</source>
        <translation>Añadir contrato…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Select a client.</source>
        <translation>Seleccione un cliente.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Its tickets, contracts and invoices stay; it is no longer listed.</source>
        <translation>¿Desactivar %1? Sus tickets, contratos y facturas se conservan; deja de aparecer en la lista.</translation>
    </message>
    <message>
        <source>Mail them again</source>
        <translation>Volver a enviarle correo</translation>
    </message>
    <message>
        <source>No mail to %1</source>
        <translation>Sin correo a %1</translation>
    </message>
    <message>
        <source>The desk sends %1 no confirmations or status mails from now on.
Why (for the record, optional):</source>
        <translation>A partir de ahora, el servicio de asistencia no enviará a %1 confirmaciones ni correos de estado.
Motivo (para el registro, opcional):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>New site of %1</source>
        <translation>Nueva sede de %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>New contact of %1</source>
        <translation>Nuevo contacto de %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>¿Cerrar %1?</translation>
    </message>
    <message>
        <source>How was it resolved? This stays on the ticket&apos;s timeline; the ticket leaves the open queue.</source>
        <translation>¿Cómo se resolvió? Queda en la cronología del ticket; el ticket sale de la cola de abiertos.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>What was done, and what fixed it</source>
        <translation>Qué se hizo y qué lo solucionó</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Cerrar ticket</translation>
    </message>
    <message>
        <source>Write how it was resolved first.</source>
        <translation>Indique primero cómo se resolvió.</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Only an admin, a dispatcher or a service manager may enter or remove closing days.</source>
        <translation>Solo un administrador, un despachador o un responsable de servicio puede añadir o quitar días de cierre.</translation>
    </message>
    <message>
        <source>%1 (your company)</source>
        <translation>%1 (su empresa)</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>A public holiday: it cannot be removed here.</source>
        <translation>Un día festivo: no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>%1 public holidays, %2 closing days</source>
        <translation>%1 días festivos, %2 días de cierre</translation>
    </message>
    <message>
        <source>No public holidays: your company&apos;s country is not set up yet.</source>
        <translation>Sin días festivos: el país de su empresa aún no está configurado.</translation>
    </message>
    <message>
        <source>Public holidays of %1, and the closing days that hold for everyone.</source>
        <translation>Días festivos de %1 y los días de cierre que rigen para todos.</translation>
    </message>
    <message>
        <source>Public holidays of %1, the closing days for everyone and this client&apos;s own. Times are the client&apos;s local time.</source>
        <translation>Días festivos de %1, los días de cierre para todos y los propios de este cliente. Las horas son la hora local del cliente.</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Closed for this client</source>
        <translation>Cerrado para este cliente</translation>
    </message>
    <message>
        <source>Closed for everyone</source>
        <translation>Cerrado para todos</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <source>New closing day for everyone</source>
        <translation>Nuevo día de cierre para todos</translation>
    </message>
    <message>
        <source>New closing day for %1</source>
        <translation>Nuevo día de cierre para %1</translation>
    </message>
    <message>
        <source>Remove closing day</source>
        <translation>Quitar día de cierre</translation>
    </message>
    <message>
        <source>Remove the closing day of %1 (%2)? The clocks run again then.</source>
        <translation>¿Quitar el día de cierre de %1 (%2)? Los relojes volverán a correr.</translation>
    </message>
    <message>
        <source>Could not remove the closing day</source>
        <translation>No se pudo quitar el día de cierre</translation>
    </message>
    <message>
        <source>Holidays and closing days</source>
        <translation>Festivos y días de cierre</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Add closing day…</source>
        <translation>&amp;Añadir día de cierre…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New closing day</source>
        <translation>Nuevo día de cierre</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>why the clocks stop, e.g. company outing</source>
        <translation>por qué se detienen los relojes, p. ej. salida de empresa</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Bandeja de conflictos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi valor</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Conservar el del servidor</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>Reenviar el mío</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>The person who asks, as a new contact of %1.</source>
        <translation>La persona que lo solicita, como nuevo contacto de %1.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>el nombre de la persona</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>con prefijo de país, p. ej. +34 91 123 4567</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>el idioma en que hablarles, p. ej. es</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>New contract</source>
        <translation>Nuevo contrato</translation>
    </message>
    <message>
        <source>Include ended</source>
        <translation>Incluir finalizados</translation>
    </message>
    <message>
        <source>End contract…</source>
        <translation>Finalizar contrato…</translation>
    </message>
    <message>
        <source>Select a contract.</source>
        <translation>Seleccione un contrato.</translation>
    </message>
    <message>
        <source>Rates and terms</source>
        <translation>Tarifas y condiciones</translation>
    </message>
    <message>
        <source>No SLA targets.</source>
        <translation>Sin objetivos de SLA.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
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
        <translation>Contrato %1 de %2</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Bill the work again</source>
        <translation>Volver a facturar el trabajo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Credit note for {0}</source>
        <translation>Nota de crédito para {0}</translation>
    </message>
    <message>
        <source>Tick the lines to take back. The invoice itself never changes; the credit note gets its own number and never changes once issued either.</source>
        <translation>Marque las líneas que se anulan. La factura en sí nunca cambia; la nota de crédito recibe su propio número y tampoco cambia una vez emitida.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>{0} (credited)</source>
        <translation>{0} (abonado)</translation>
    </message>
    <message>
        <source>What was wrong, as the client will read it</source>
        <translation>Qué estaba mal, tal como lo leerá el cliente</translation>
    </message>
    <message>
        <source>Bill this work again in the next run</source>
        <translation>Volver a facturar este trabajo en la próxima ejecución</translation>
    </message>
    <message>
        <source>Only when the whole invoice is taken back: its time entries wait for the next billing run, to be billed correctly.</source>
        <translation>Solo cuando se anula toda la factura: sus registros de tiempo esperan a la próxima ejecución de facturación para facturarse correctamente.</translation>
    </message>
    <message>
        <source>Issue the credit note now</source>
        <translation>Emitir la nota de crédito ahora</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Crear nota de crédito</translation>
    </message>
    <message>
        <source>Takes back {0} of {1} lines: {2} before tax.</source>
        <translation>Anula {0} de {1} líneas: {2} sin impuestos.</translation>
    </message>
</context>
<context>
    <name>DayPlanView</name>
    <message>
        <source>Engineer of the day plan</source>
        <translation>Técnico del plan del día</translation>
    </message>
    <message>
        <source>Whose day is shown, with the travel between sites</source>
        <translation>De quién es el día mostrado, con los desplazamientos entre sedes</translation>
    </message>
    <message>
        <source>Visits and travel of the day</source>
        <translation>Visitas y desplazamientos del día</translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation>Plan del día</translation>
    </message>
    <message>
        <source>No engineer to show.</source>
        <translation>Ningún técnico que mostrar.</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3 · from the base in %4</source>
        <translation>%1 · %2 · horas en %3 · desde la base en %4</translation>
    </message>
    <message>
        <source>No visits planned this day.</source>
        <translation>No hay visitas previstas este día.</translation>
    </message>
    <message>
        <source>Estimated travel this day: %1 h %2 min</source>
        <translation>Desplazamiento estimado este día: %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Todo el servicio de asistencia</translation>
    </message>
    <message>
        <source>Final close</source>
        <translation>Cierre definitivo</translation>
    </message>
    <message>
        <source>Partial: service restored</source>
        <translation>Parcial: servicio restablecido</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Imprimir un documento</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Técnico:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Up to (not including):</source>
        <translation>Hasta (no incluido):</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mes:</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Trimestre:</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save &amp;e-invoice (UBL)…</source>
        <translation>Guardar &amp;factura electrónica (UBL)…</translation>
    </message>
    <message>
        <source>Save this invoice as an e-invoice (UBL 2.1, Peppol BIS Billing 3.0)</source>
        <translation>Guardar esta factura como factura electrónica (UBL 2.1, Peppol BIS Billing 3.0)</translation>
    </message>
    <message>
        <source>Save &amp;Factur-X PDF…</source>
        <translation>Guardar PDF &amp;Factur-X…</translation>
    </message>
    <message>
        <source>Save this invoice as a PDF with its e-invoice embedded (Factur-X, PDF/A-3)</source>
        <translation>Guardar esta factura como PDF con la factura electrónica incrustada (Factur-X, PDF/A-3)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF with the e-invoice embedded (Factur-X): Save as… writes that PDF</source>
        <translation>Este cliente pide sus facturas como PDF con la factura electrónica incrustada (Factur-X): Guardar como… genera ese PDF</translation>
    </message>
    <message>
        <source>This client asks for its invoices as a PDF and a UBL file: Save as… writes both, side by side</source>
        <translation>Este cliente pide sus facturas como PDF y archivo UBL: Guardar como… genera ambos, uno junto al otro</translation>
    </message>
    <message>
        <source>%1 page(s), %2 KB</source>
        <translation>%1 página(s), %2 KB</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the document</source>
        <translation>No se pudo guardar el documento</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Saved to %1, its e-invoice to %2</source>
        <translation>Guardado en %1, su factura electrónica en %2</translation>
    </message>
    <message>
        <source>Save the e-invoice</source>
        <translation>Guardar la factura electrónica</translation>
    </message>
    <message>
        <source>UBL e-invoice (*.xml)</source>
        <translation>Factura electrónica UBL (*.xml)</translation>
    </message>
    <message>
        <source>Could not save the e-invoice</source>
        <translation>No se pudo guardar la factura electrónica</translation>
    </message>
    <message>
        <source>E-invoice saved to %1</source>
        <translation>Factura electrónica guardada en %1</translation>
    </message>
    <message>
        <source>Save the Factur-X PDF</source>
        <translation>Guardar el PDF Factur-X</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice (*.pdf)</source>
        <translation>PDF con factura electrónica incrustada (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the Factur-X PDF</source>
        <translation>No se pudo guardar el PDF Factur-X</translation>
    </message>
    <message>
        <source>PDF with embedded e-invoice saved to %1</source>
        <translation>PDF con factura electrónica incrustada guardado en %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Se han enviado %1 página(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>Finalizar contrato %1</translation>
    </message>
    <message>
        <source>End contract</source>
        <translation>Finalizar contrato</translation>
    </message>
    <message>
        <source>The contract covers work up to and including its last day; it stays on file, with its tickets and invoices.</source>
        <translation>El contrato cubre el trabajo hasta su último día inclusive; se conserva en el archivo, con sus tickets y facturas.</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Último día:</translation>
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
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Competencias:</translation>
    </message>
    <message>
        <source>comma separated, e.g. cisco, windows server</source>
        <translation>separadas por comas, p. ej. cisco, windows server</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>códigos separados por comas, p. ej. es, en</translation>
    </message>
    <message>
        <source>Planned leave:</source>
        <translation>Ausencias previstas:</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>Quitar la ausencia seleccionada</translation>
    </message>
    <message>
        <source>Leave from:</source>
        <translation>Ausencia desde:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Leave to:</source>
        <translation>Ausencia hasta:</translation>
    </message>
    <message>
        <source>Leave kind:</source>
        <translation>Tipo de ausencia:</translation>
    </message>
    <message>
        <source>Add this leave (a colleague covers)</source>
        <translation>Añadir esta ausencia (la cubre un compañero)</translation>
    </message>
    <message>
        <source>latitude, longitude, e.g. 52.37, 4.90</source>
        <translation>latitud, longitud, p. ej. 40.42, -3.70</translation>
    </message>
    <message>
        <source>Where the engineer&apos;s day starts, in degrees (south and west negative). Travel to the first site of the day is estimated from here; leave it empty when unknown.</source>
        <translation>Dónde empieza la jornada del técnico, en grados (sur y oeste negativos). El desplazamiento a la primera sede del día se estima desde aquí; déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>Base (latitude, longitude)</source>
        <translation>Base (latitud, longitud)</translation>
    </message>
    <message>
        <source>Base (latitude, longitude):</source>
        <translation>Base (latitud, longitud):</translation>
    </message>
</context>
<context>
    <name>EngineersView</name>
    <message>
        <source>Select an engineer.</source>
        <translation>Seleccione un técnico.</translation>
    </message>
    <message>
        <source>New engineer</source>
        <translation>Nuevo técnico</translation>
    </message>
    <message>
        <source>Engineer %1</source>
        <translation>Técnico %1</translation>
    </message>
    <message>
        <source>Deactivate %1? Their visits and time stay; they are no longer suggested or listed.</source>
        <translation>¿Desactivar %1? Sus visitas y su tiempo se conservan; deja de proponerse y de aparecer en la lista.</translation>
    </message>
</context>
<context>
    <name>FindTicketsDialog</name>
    <message>
        <source>Find tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <source>Words of the reference, title, text, client, site or requester</source>
        <translation>Palabras de la referencia, título, texto, cliente, sede o solicitante</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <source>Which tickets</source>
        <translation>Qué tickets</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Closed tickets</source>
        <translation>Tickets cerrados</translation>
    </message>
    <message>
        <source>Type a few words: closed tickets are found too.</source>
        <translation>Escriba algunas palabras: también se encuentran los tickets cerrados.</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Tickets encontrados</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Type at least three letters of a word.</source>
        <translation>Escriba al menos tres letras de una palabra.</translation>
    </message>
    <message>
        <source>No ticket holds all of these words.</source>
        <translation>Ningún ticket contiene todas estas palabras.</translation>
    </message>
    <message>
        <source>1 ticket found.</source>
        <translation>1 ticket encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets found, newest first.</source>
        <translation>
            <numerusform>%n ticket encontrado, los más recientes primero.</numerusform>
            <numerusform>%n tickets encontrados, los más recientes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Revisión %1 · %2</translation>
    </message>
    <message>
        <source>(the text did not change)</source>
        <translation>(el texto no cambió)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sites of clients</source>
        <translation>Sedes de clientes</translation>
    </message>
    <message>
        <source>Contacts of clients</source>
        <translation>Contactos de clientes</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 no es texto UTF-8; guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows refused; nothing was written. Fix the file and check it again.</source>
        <translation>%1 de %2 filas rechazadas; no se ha guardado nada. Corrija el archivo y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>All %1 rows are good: %2 would be added. Nothing was written (check only).</source>
        <translation>Las %1 filas son correctas: se añadirían %2. No se ha guardado nada (solo comprobación).</translation>
    </message>
    <message>
        <source>Done: %1 rows added.</source>
        <translation>Hecho: %1 filas añadidas.</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importar desde un archivo CSV</translation>
    </message>
    <message>
        <source>Every row of the file is checked first. If any row is refused, nothing is added: fix the file and try again. Sites and contacts name their client in a &quot;client&quot; column.</source>
        <translation>Primero se comprueba cada fila del archivo. Si se rechaza alguna fila, no se añade nada: corrija el archivo y vuelva a intentarlo. Las sedes y los contactos indican su cliente en una columna &quot;client&quot;.</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Contenido del archivo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>a CSV file, UTF-8, with a header row</source>
        <translation>un archivo CSV, UTF-8, con fila de encabezado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>Solo &amp;comprobar</translation>
    </message>
    <message>
        <source>Check every row and report; nothing is written</source>
        <translation>Comprobar cada fila e informar; no se guarda nada</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Add every row, or nothing if any row is refused</source>
        <translation>Añadir todas las filas, o ninguna si se rechaza alguna</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>This store holds records of its own. Sent, they become the shared database&apos;s first records; a shared database that holds records already takes none.</source>
        <translation>Este almacén tiene registros propios. Si se envían, pasan a ser los primeros registros de la base de datos compartida; una base de datos compartida que ya tiene registros no acepta ninguno.</translation>
    </message>
    <message>
        <source>This store is empty: it takes the shared database&apos;s records.</source>
        <translation>Este almacén está vacío: recibe los registros de la base de datos compartida.</translation>
    </message>
    <message>
        <source>This desk works on the shared database itself.</source>
        <translation>Este puesto trabaja directamente sobre la base de datos compartida.</translation>
    </message>
    <message>
        <source>This store syncs with %1 already.</source>
        <translation>Este almacén ya se sincroniza con %1.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Rellene: %1</translation>
    </message>
    <message>
        <source>Joined %1, but the first sync did not go through: %2. The desk tries again every minute.</source>
        <translation>Unido a %1, pero la primera sincronización no se completó: %2. El puesto lo vuelve a intentar cada minuto.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Joining %1… The first download can take a few minutes.</source>
        <translation>Uniéndose a %1… La primera descarga puede tardar unos minutos.</translation>
    </message>
    <message>
        <source>Join a shared database</source>
        <translation>Unirse a una base de datos compartida</translation>
    </message>
    <message>
        <source>This desk then works with the rest of the team: its changes go to the shared database and theirs come here, every minute and whenever the network returns. Work done offline waits and goes with the next sync. Your administrator gives you the address and a login.</source>
        <translation>Así este puesto trabaja con el resto del equipo: sus cambios van a la base de datos compartida y los de los demás llegan aquí, cada minuto y en cuanto vuelve la red. El trabajo hecho sin conexión espera y se envía con la siguiente sincronización. Su administrador le da la dirección y un usuario.</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Base de datos &amp;compartida:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>leave empty to use the one in the keyring</source>
        <translation>déjela vacía para usar la del llavero</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Unticked, the password is used for this session only and asked again after a restart.</source>
        <translation>Sin marcar, la contraseña solo sirve para esta sesión y se vuelve a pedir tras reiniciar.</translation>
    </message>
    <message>
        <source>&amp;Send this store&apos;s records to the shared database</source>
        <translation>&amp;Enviar los registros de este almacén a la base de datos compartida</translation>
    </message>
    <message>
        <source>Only for a shared database that is still empty, signed in as a dispatcher, a service manager or an administrator.</source>
        <translation>Solo para una base de datos compartida aún vacía, con la sesión iniciada como despachador, responsable de servicio o administrador.</translation>
    </message>
</context>
<context>
    <name>KickoffDialog</name>
    <message>
        <source>Kick-off of %1</source>
        <translation>Arranque de %1</translation>
    </message>
    <message>
        <source>The meeting that starts the on-site support. The service review names the latest one; enter the focus areas agreed there as review notes.</source>
        <translation>La reunión con la que empieza el soporte in situ. La revisión del servicio menciona la más reciente; anote las áreas de enfoque acordadas allí como notas de revisión.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrado el</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Celebrado el:</translation>
    </message>
    <message>
        <source>Consultants agreed</source>
        <translation>Consultores acordados</translation>
    </message>
    <message>
        <source>Consultants:</source>
        <translation>Consultores:</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Lo acordado</translation>
    </message>
    <message>
        <source>What was agreed, in a few lines (optional)</source>
        <translation>Lo acordado, en pocas líneas (opcional)</translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation>Acordado:</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Puestos de trabajo</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Access and keys</source>
        <translation>Accesos y llaves</translation>
    </message>
    <message>
        <source>Suppliers and contacts</source>
        <translation>Proveedores y contactos</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimiento</translation>
    </message>
    <message>
        <source>Search titles and texts…</source>
        <translation>Buscar en títulos y textos…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Client or site</source>
        <translation>Cliente o sede</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nuevo artículo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Todas las sedes</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n articles shown: choose a client or a topic, or type words to narrow the list.</source>
        <translation>
            <numerusform>Se muestran los primeros %1 de %n artículo: elija un cliente o un tema, o escriba palabras para acotar la lista.</numerusform>
            <numerusform>Se muestran los primeros %1 de %n artículos: elija un cliente o un tema, o escriba palabras para acotar la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches. Try fewer words, or another topic or site.</source>
        <translation>Ningún artículo coincide. Pruebe con menos palabras, u otro tema u otra sede.</translation>
    </message>
    <message>
        <source>You serve no client yet: the knowledge base opens with the first ticket or visit you are given.</source>
        <translation>Aún no atiende a ningún cliente: la base de conocimiento se abre con el primer ticket o visita que se le asigne.</translation>
    </message>
    <message>
        <source>Nothing written yet. Use New article to note what an engineer needs on site: network, servers, backups, how to get in, whom to call.</source>
        <translation>Aún no hay nada escrito. Use Nuevo artículo para anotar lo que un técnico necesita in situ: red, servidores, copias de seguridad, cómo acceder, a quién llamar.</translation>
    </message>
    <message>
        <source>Choose an article to read it.</source>
        <translation>Elija un artículo para leerlo.</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3, %4</source>
        <translation>%1 · %2 · revisión %3, %4</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Complete %1</source>
        <translation>Completar %1</translation>
    </message>
    <message>
        <source>Who at the client agreed that the engineer may leave?</source>
        <translation>¿Quién en el cliente aceptó que el técnico puede retirarse?</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Name of the client&apos;s contact</source>
        <translation>Nombre del contacto del cliente</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Hora de aprobación</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Signature picture…</source>
        <translation>Imagen de la firma…</translation>
    </message>
    <message>
        <source>A PNG picture of the contact&apos;s signature (optional).</source>
        <translation>Una imagen PNG de la firma del contacto (opcional).</translation>
    </message>
    <message>
        <source>Approved at (%1)</source>
        <translation>Hora de aprobación (%1)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>Completar visita</translation>
    </message>
    <message>
        <source>Write who agreed first.</source>
        <translation>Indique primero quién lo aceptó.</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Imagen de la firma</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Signed on the pad</source>
        <translation>Firmado en el panel</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registro</translation>
    </message>
    <message>
        <source>The log is kept in %1</source>
        <translation>El registro se guarda en %1</translation>
    </message>
</context>
<context>
    <name>MailAttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>No files came by mail with this ticket.</source>
        <translation>Ningún archivo llegó por correo con este ticket.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Guardar el archivo</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>No se pudo guardar el archivo</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>This desk already takes mail in as it arrives (see Mail settings).</source>
        <translation>Este puesto ya recibe el correo a medida que llega (véase Configuración de correo).</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Recogiendo correo…</translation>
    </message>
    <message>
        <source>Fetching mail… %1 messages so far</source>
        <translation>Recogiendo correo… %1 mensajes hasta ahora</translation>
    </message>
</context>
<context>
    <name>MailFetching</name>
    <message>
        <source>%1 new tickets</source>
        <translation>%1 tickets nuevos</translation>
    </message>
    <message>
        <source>%1 notes on tickets</source>
        <translation>%1 notas en tickets</translation>
    </message>
    <message>
        <source>%1 tickets reopened</source>
        <translation>%1 tickets reabiertos</translation>
    </message>
    <message>
        <source>%1 follow-up tickets</source>
        <translation>%1 tickets de seguimiento</translation>
    </message>
    <message>
        <source>%1 from unknown senders</source>
        <translation>%1 de remitentes desconocidos</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 ilegibles</translation>
    </message>
    <message>
        <source>%1 automatic replies ignored</source>
        <translation>%1 respuestas automáticas ignoradas</translation>
    </message>
    <message>
        <source>%1 seen before</source>
        <translation>%1 ya vistos</translation>
    </message>
    <message>
        <source>The mail server did not answer in time. Nothing was lost; try again later.</source>
        <translation>El servidor de correo no respondió a tiempo. No se ha perdido nada; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off (%1). Try again later.</source>
        <translation>Se cortó la conexión con el servidor de correo (%1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>This desk works on a copy of the shared database. Mail is taken in on the shared database, by the mail service or a desk connected to it.</source>
        <translation>Este puesto trabaja con una copia de la base de datos compartida. El correo se recibe en la base de datos compartida, mediante el servicio de correo o un puesto conectado a ella.</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>No hay correo nuevo.</translation>
    </message>
    <message>
        <source>Mail taken in: %1.</source>
        <translation>Correo recibido: %1.</translation>
    </message>
</context>
<context>
    <name>MailMenu</name>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Configuración de c&amp;orreo…</translation>
    </message>
    <message>
        <source>&amp;Fetch mail now</source>
        <translation>Reco&amp;ger correo ahora</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Configuración de correo guardada.</translation>
    </message>
    <message>
        <source>New mail taken in; F5 shows it in the queue.</source>
        <translation>Nuevo correo recibido; F5 lo muestra en la cola.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS, certificate checked</source>
        <translation>STARTTLS, certificado comprobado</translation>
    </message>
    <message>
        <source>TLS from the start, certificate checked</source>
        <translation>TLS desde el inicio, certificado comprobado</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>Sin cifrar: solo un servidor en este equipo</translation>
    </message>
    <message>
        <source>Only an administrator may set up mailboxes and change these settings.</source>
        <translation>Solo un administrador puede configurar buzones y cambiar estos ajustes.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No password kept</source>
        <translation>No hay contraseña guardada</translation>
    </message>
    <message>
        <source>On · %1 taken in</source>
        <translation>Activo · %1 recibidos</translation>
    </message>
    <message>
        <source>Shared desk address</source>
        <translation>Dirección compartida del servicio</translation>
    </message>
    <message>
        <source>Stop taking mail from %1? Its password is forgotten. If it took mail in, it is switched off and what it took in stays.</source>
        <translation>¿Dejar de recibir correo de %1? Su contraseña se olvida. Si recibía correo, se desactiva y lo recibido se conserva.</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>Quitar buzón</translation>
    </message>
    <message>
        <source>Could not remove the mailbox</source>
        <translation>No se pudo quitar el buzón</translation>
    </message>
    <message>
        <source>kept; type a new one to change it</source>
        <translation>guardada; escriba una nueva para cambiarla</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Configuración de correo</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Mailboxes the desk takes tickets from</source>
        <translation>Buzones de los que el servicio de asistencia recoge tickets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>&amp;Añadir buzón…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <translation>Recepción de correo</translation>
    </message>
    <message>
        <source>Re&amp;open window (days):</source>
        <translation>Plazo de re&amp;apertura (días):</translation>
    </message>
    <message>
        <source>A reply this many days after a ticket was closed reopens it; a later reply opens a new ticket linked to it.</source>
        <translation>Una respuesta recibida hasta este número de días después del cierre de un ticket lo reabre; una respuesta posterior abre un ticket nuevo vinculado.</translation>
    </message>
    <message>
        <source>&amp;Largest attachment kept (MB):</source>
        <translation>&amp;Mayor adjunto guardado (MB):</translation>
    </message>
    <message>
        <source>A larger file is not kept; the ticket lists it with the reason.</source>
        <translation>Un archivo mayor no se guarda; el ticket lo indica con el motivo.</translation>
    </message>
    <message>
        <source>Automatic &amp;answers per sender and hour:</source>
        <translation>&amp;Respuestas automáticas por remitente y hora:</translation>
    </message>
    <message>
        <source>At most this many automatic mails go to one sender in an hour, so two machines cannot answer each other for ever.</source>
        <translation>Como máximo se envían este número de correos automáticos a un remitente por hora, para que dos máquinas no se respondan indefinidamente.</translation>
    </message>
    <message>
        <source>&amp;This desk fetches and sends mail while it is open</source>
        <translation>&amp;Este puesto recoge y envía correo mientras está abierto</translation>
    </message>
    <message>
        <source>While this window is open it watches every mailbox, takes new mail in as it arrives and sends the mail the desk queued. Only one desk or mail service fetches a mailbox at a time.</source>
        <translation>Mientras esta ventana está abierta vigila todos los buzones, recibe el correo nuevo a medida que llega y envía el correo que el servicio de asistencia tiene en cola. Solo un puesto o servicio de correo recoge un buzón a la vez.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>The server the desk sends its mail through: confirmations with the ticket&apos;s reference, status changes and replies to clients, and notices to the dispatchers. Without a server nothing is sent.</source>
        <translation>El servidor a través del cual el servicio de asistencia envía su correo: confirmaciones con la referencia del ticket, cambios de estado y respuestas a clientes, y avisos a los despachadores. Sin servidor no se envía nada.</translation>
    </message>
    <message>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;vidor SMTP:</translation>
    </message>
    <message>
        <source>smtp.example.com, or empty to send nothing</source>
        <translation>smtp.example.com, o vacío para no enviar nada</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>Enviado &amp;desde:</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@your-company.example</translation>
    </message>
    <message>
        <source>Sender&apos;s na&amp;me:</source>
        <translation>No&amp;mbre del remitente:</translation>
    </message>
    <message>
        <source>e.g. Helpdesk Noord service desk</source>
        <translation>p. ej. Servicio de asistencia Helpdesk Noord</translation>
    </message>
    <message>
        <source>&amp;Dispatchers&apos; address:</source>
        <translation>Dirección de los &amp;despachadores:</translation>
    </message>
    <message>
        <source>Where SLA warnings go by mail; empty: to each dispatcher&apos;s own address.</source>
        <translation>Adónde van por correo los avisos de SLA; vacío: a la dirección propia de cada despachador.</translation>
    </message>
    <message>
        <source>Mailboxes are added and removed at once; Save keeps the other values.</source>
        <translation>Los buzones se añaden y quitan al momento; Guardar conserva los demás valores.</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>&amp;Recoger ahora</translation>
    </message>
    <message>
        <source>Take in the mail waiting in every mailbox now.</source>
        <translation>Recibir ahora el correo que espera en todos los buzones.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>May belong to</source>
        <translation>Puede corresponder a</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Mail from unknown senders</source>
        <translation>Correo de remitentes desconocidos</translation>
    </message>
    <message>
        <source>&amp;Accept as ticket…</source>
        <translation>&amp;Aceptar como ticket…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Mail from addresses the desk does not know. Accept a message as a ticket for the client it is for (the sender becomes a requester), or dismiss it.</source>
        <translation>Correo de direcciones que el servicio de asistencia no conoce. Acepte un mensaje como ticket del cliente al que corresponde (el remitente pasa a ser solicitante) o descártelo.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Por qué no se pudo leer</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>Correo ilegible</translation>
    </message>
    <message>
        <source>&amp;Show the message…</source>
        <translation>&amp;Mostrar el mensaje…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Desc&amp;artar</translation>
    </message>
    <message>
        <source>Messages that could not be read. Each was moved to its mailbox&apos;s quarantine folder on the server; look at it, then dismiss it.</source>
        <translation>Mensajes que no se pudieron leer. Cada uno se movió a la carpeta de cuarentena de su buzón en el servidor; revíselo y luego descártelo.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Por qué espera</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Correo saliente</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Mail to clients and the desk that is not sent yet, or could not be sent. A failed mail is sent again only when you say so.</source>
        <translation>Correo a clientes y al servicio de asistencia que aún no se ha enviado o no se pudo enviar. Un correo fallido solo se reenvía cuando usted lo indica.</translation>
    </message>
    <message>
        <source>Only the service desk may settle these messages.</source>
        <translation>Solo el servicio de asistencia puede resolver estos mensajes.</translation>
    </message>
    <message>
        <source>Could not read the mail lists</source>
        <translation>No se pudieron leer las listas de correo</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Moved to %1 on the server</source>
        <translation>Movido a %1 en el servidor</translation>
    </message>
    <message>
        <source>Outbox (%1, %2 failed)</source>
        <translation>Bandeja de salida (%1, %2 fallidos)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <source>Unknown senders (%1)</source>
        <translation>Remitentes desconocidos (%1)</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>No se pudieron leer (%1)</translation>
    </message>
    <message>
        <source>No mailbox is set up yet: File ▸ Mail settings… adds one.</source>
        <translation>Aún no hay ningún buzón configurado: Archivo ▸ Configuración de correo… añade uno.</translation>
    </message>
    <message>
        <source>sent at the next round</source>
        <translation>se envía en la próxima ronda</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message>
        <source>(tried %1 times)</source>
        <translation>(intentado %1 veces)</translation>
    </message>
    <message>
        <source>Ticket %1 made from the message.</source>
        <translation>Ticket %1 creado a partir del mensaje.</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Dismiss the message “%1” from %2 without a ticket?</source>
        <translation>¿Descartar el mensaje “%1” de %2 sin crear un ticket?</translation>
    </message>
    <message>
        <source>Take this unreadable message off the list? It stays stored and on the server in %1.</source>
        <translation>¿Quitar de la lista este mensaje ilegible? Se conserva almacenado y en el servidor en %1.</translation>
    </message>
    <message>
        <source>The mail to %1 is sent again at the next round.</source>
        <translation>El correo a %1 se reenvía en la próxima ronda.</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Recogiendo correo…</translation>
    </message>
    <message>
        <source>Last fetch %1: %2</source>
        <translation>Última recogida %1: %2</translation>
    </message>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>Este puesto recoge el correo a medida que llega y envía el correo del servicio de asistencia.</translation>
    </message>
</context>
<context>
    <name>MailWatcher</name>
    <message>
        <source>This desk fetches mail as it arrives and sends the desk&apos;s mail.</source>
        <translation>Este puesto recoge el correo a medida que llega y envía el correo del servicio de asistencia.</translation>
    </message>
    <message>
        <source>Not fetching mail: %1</source>
        <translation>No se está recogiendo correo: %1</translation>
    </message>
    <message>
        <source>Fetching mail: %1</source>
        <translation>Recogiendo correo: %1</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Encrypted (TLS), certificate checked</source>
        <translation>Cifrado (TLS), certificado comprobado</translation>
    </message>
    <message>
        <source>Not encrypted: a server on this computer only</source>
        <translation>Sin cifrar: solo un servidor en este equipo</translation>
    </message>
    <message>
        <source>The shared desk address (any client)</source>
        <translation>La dirección compartida del servicio (cualquier cliente)</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <translation>Nuevo buzón</translation>
    </message>
    <message>
        <source>Mailbox %1</source>
        <translation>Buzón %1</translation>
    </message>
    <message>
        <source>type a new password, or leave this empty to keep the current one</source>
        <translation>escriba una nueva contraseña o deje esto vacío para conservar la actual</translation>
    </message>
    <message>
        <source>no password is kept yet: type it here</source>
        <translation>aún no hay contraseña guardada: escríbala aquí</translation>
    </message>
    <message>
        <source>Mail taken in stays taken when the server or folder changes: nothing becomes a ticket twice.</source>
        <translation>El correo recibido sigue recibido aunque cambie el servidor o la carpeta: nada se convierte dos veces en ticket.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Rellene: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>The desk signs in to this mailbox over IMAP and makes a ticket of every message that arrives in its folder.</source>
        <translation>El servicio de asistencia inicia sesión en este buzón por IMAP y crea un ticket de cada mensaje que llega a su carpeta.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>a short name, e.g. desk or tulp-support</source>
        <translation>un nombre corto, p. ej. desk o tulp-support</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Servidor IMAP:</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>support@your-company.example</source>
        <translation>support@your-company.example</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Unreadable mail to:</source>
        <translation>Correo &amp;ilegible a:</translation>
    </message>
    <message>
        <source>The folder on the server where messages that cannot be read are moved; the desk lists them under Mail.</source>
        <translation>La carpeta del servidor a la que se mueven los mensajes que no se pueden leer; el servicio de asistencia los muestra en Correo.</translation>
    </message>
    <message>
        <source>Ser&amp;ves:</source>
        <translation>&amp;Atiende:</translation>
    </message>
    <message>
        <source>One client&apos;s own address, or the shared desk address every client writes to.</source>
        <translation>La dirección propia de un cliente o la dirección compartida del servicio a la que escriben todos los clientes.</translation>
    </message>
    <message>
        <source>&amp;Take mail from this mailbox</source>
        <translation>&amp;Recoger correo de este buzón</translation>
    </message>
    <message>
        <source>Switched off, the desk leaves this mailbox alone; what it took in stays.</source>
        <translation>Desactivado, el servicio de asistencia no toca este buzón; lo ya recibido se conserva.</translation>
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
        <translation>El almacén local</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nueva &amp;visita…</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>&amp;Registrar tiempo…</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>Perfil de la &amp;empresa…</translation>
    </message>
    <message>
        <source>&amp;Holidays and closing days…</source>
        <translation>&amp;Festivos y días de cierre…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importar desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Join a shared database…</source>
        <translation>&amp;Unirse a una base de datos compartida…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Print a document…</source>
        <translation>Im&amp;primir un documento…</translation>
    </message>
    <message>
        <source>Co&amp;nflict inbox…</source>
        <translation>Bandeja de co&amp;nflictos…</translation>
    </message>
    <message>
        <source>Find t&amp;ickets, closed ones too…</source>
        <translation>Buscar tic&amp;kets, también cerrados…</translation>
    </message>
    <message>
        <source>Re&amp;view notes…</source>
        <translation>Notas de re&amp;visión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;About Dispatch Console</source>
        <translation>&amp;Acerca de Dispatch Console</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Cargando la cola…</translation>
    </message>
    <message>
        <source>No clients yet: add them in the Clients tab (Ctrl+6) or import them (File ▸ Import from CSV…)</source>
        <translation>Aún no hay clientes: añádalos en la pestaña Clientes (Ctrl+6) o impórtelos (Archivo ▸ Importar desde CSV…)</translation>
    </message>
    <message>
        <source>Open tickets: %1 shown of %2</source>
        <translation>Tickets abiertos: %1 mostrados de %2</translation>
    </message>
    <message>
        <source>The queue could not be loaded</source>
        <translation>No se pudo cargar la cola</translation>
    </message>
    <message>
        <source>Could not load the queue</source>
        <translation>No se pudo cargar la cola</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Ningún ticket</translation>
    </message>
    <message>
        <source>Select a ticket in the queue first.</source>
        <translation>Seleccione primero un ticket en la cola.</translation>
    </message>
    <message>
        <source>Ticket registered.</source>
        <translation>Ticket registrado.</translation>
    </message>
    <message>
        <source>Visit %1 requested.</source>
        <translation>Visita %1 solicitada.</translation>
    </message>
    <message>
        <source>Timer started: stop it in the time and credit tab when the work is done</source>
        <translation>Cronómetro iniciado: deténgalo en la pestaña de tiempo y crédito al terminar el trabajo</translation>
    </message>
    <message>
        <source>%1. The password is used for this session only.</source>
        <translation>%1. La contraseña solo sirve para esta sesión.</translation>
    </message>
    <message>
        <source>Dispatch Console %1
Tickets, SLA clocks, visits, time and billing for service desks.</source>
        <translation>Dispatch Console %1
Tickets, relojes de SLA, visitas, tiempo y facturación para servicios de asistencia.</translation>
    </message>
    <message>
        <source>About Dispatch Console</source>
        <translation>Acerca de Dispatch Console</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>C&amp;uadrante</translation>
    </message>
    <message>
        <source>&amp;Time &amp;&amp; credit</source>
        <translation>&amp;Tiempo y crédito</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>Cl&amp;ientes</translation>
    </message>
    <message>
        <source>C&amp;ontracts</source>
        <translation>Co&amp;ntratos</translation>
    </message>
    <message>
        <source>&amp;Engineers</source>
        <translation>T&amp;écnicos</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>M&amp;y day</source>
        <translation>Mi &amp;día</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>Base de conoci&amp;miento</translation>
    </message>
</context>
<context>
    <name>MasterView</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Include inactive</source>
        <translation>Incluir inactivos</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>No engineers yet: add them in the Engineers tab.</source>
        <translation>Aún no hay técnicos: añádalos en la pestaña Técnicos.</translation>
    </message>
    <message>
        <source>Your user is not linked to an engineer, so there is no day to show. Ask the desk to link your user to your engineer.</source>
        <translation>Su usuario no está vinculado a un técnico, así que no hay ningún día que mostrar. Pida al servicio de asistencia que vincule su usuario a su técnico.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Visitas: %1</translation>
    </message>
    <message>
        <source>times in the site&apos;s zone; the engineer&apos;s zone: %1</source>
        <translation>horas en la zona de la sede; zona del técnico: %1</translation>
    </message>
    <message>
        <source>Mark %1 as %2? This ends the visit and cannot be undone.</source>
        <translation>¿Marcar %1 como %2? Esto finaliza la visita y no se puede deshacer.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>No visits planned for this day. Pick another day above.</source>
        <translation>No hay visitas previstas para este día. Elija otro día arriba.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Payment for {0}</source>
        <translation>Pago de {0}</translation>
    </message>
    <message>
        <source>{0} · total {1} · open {2}</source>
        <translation>{0} · total {1} · pendiente {2}</translation>
    </message>
    <message>
        <source>As on the bank statement</source>
        <translation>Como en el extracto bancario</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Next SLA target</source>
        <translation>Próximo objetivo de SLA</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>%1: %2 late</source>
        <translation>%1: %2 de retraso</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
    <message>
        <source>%1: %2 left (at risk)</source>
        <translation>%1: quedan %2 (en riesgo)</translation>
    </message>
    <message>
        <source>%1: paused, %2 left</source>
        <translation>%1: en pausa, quedan %2</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>Contrato premium</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Vence %1 (%2)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>All open tickets</source>
        <translation>Todos los tickets abiertos</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Próximos a incumplir</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Unassigned visits</source>
        <translation>Visitas sin asignar</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <source>Filter: reference, client, title, text  (Ctrl+F)</source>
        <translation>Filtro: referencia, cliente, título, texto  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Cola de tickets</translation>
    </message>
    <message>
        <source>Unsorted, the most urgent come first: emergencies, missed deadlines, then the deadlines due soonest. Click a column to sort by it; a third click goes back to the most urgent first.</source>
        <translation>Sin ordenar, primero lo más urgente: emergencias, plazos incumplidos y luego los plazos que vencen antes. Haga clic en una columna para ordenar por ella; un tercer clic vuelve a poner primero lo más urgente.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se ha cambiado nada</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Cargando la cola…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Aún no hay clientes.</translation>
    </message>
    <message>
        <source>Add them in the Clients tab (Ctrl+6) or import them with %1; then create tickets with New ticket (Ctrl+N).</source>
        <translation>Añádalos en la pestaña Clientes (Ctrl+6) o impórtelos con %1; después cree tickets con Nuevo ticket (Ctrl+N).</translation>
    </message>
    <message>
        <source>File ▸ Import from CSV…</source>
        <translation>Archivo ▸ Importar desde CSV…</translation>
    </message>
    <message>
        <source>Does your team share a database already? %1</source>
        <translation>¿Su equipo ya comparte una base de datos? %1</translation>
    </message>
    <message>
        <source>File ▸ Join a shared database…</source>
        <translation>Archivo ▸ Unirse a una base de datos compartida…</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>No hay tickets abiertos.</translation>
    </message>
    <message>
        <source>Create one with %1 (Ctrl+N), or let mail become tickets: %2.</source>
        <translation>Cree uno con %1 (Ctrl+N) o deje que el correo se convierta en tickets: %2.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>File ▸ Mail settings…</source>
        <translation>Archivo ▸ Configuración de correo…</translation>
    </message>
    <message>
        <source>Show all open tickets</source>
        <translation>Mostrar todos los tickets abiertos</translation>
    </message>
    <message>
        <source>Closed tickets are found with %1 (Ctrl+Shift+F).</source>
        <translation>Los tickets cerrados se encuentran con %1 (Ctrl+Mayús+F).</translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <source>No ticket matches “%1” in “%2”.</source>
        <translation>Ningún ticket coincide con “%1” en “%2”.</translation>
    </message>
    <message>
        <source>Search all tickets, closed ones too</source>
        <translation>Buscar en todos los tickets, también los cerrados</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>No tickets in “%1” now.</source>
        <translation>Ahora no hay tickets en “%1”.</translation>
    </message>
</context>
<context>
    <name>RawMessageDialog</name>
    <message>
        <source>Message as received: %1</source>
        <translation>Mensaje tal como se recibió: %1</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown; Save… keeps the whole message.</source>
        <translation>Solo se muestra el primer megabyte; Guardar… conserva el mensaje completo.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Guardar el mensaje</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Correo electrónico (*.eml)</translation>
    </message>
    <message>
        <source>Could not save the message</source>
        <translation>No se pudo guardar el mensaje</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Mon–Fri 08:00–18:00 (10x5)</source>
        <translation>Lun–vie 08:00–18:00 (10x5)</translation>
    </message>
    <message>
        <source>Around the clock (24x7)</source>
        <translation>Las 24 horas (24x7)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elija una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Fields in bold are required. Hover over a field to see what it takes.</source>
        <translation>Los campos en negrita son obligatorios. Pase el ratón sobre un campo para ver qué admite.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>the company&apos;s name</source>
        <translation>el nombre de la empresa</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>a short name for lists</source>
        <translation>un nombre corto para las listas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>código de dos letras, p. ej. ES</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Comunidad o provincia</translation>
    </message>
    <message>
        <source>code of the region whose holidays count</source>
        <translation>código de la región cuyos festivos cuentan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>the zone of the SLA calendar, e.g. Europe/Amsterdam</source>
        <translation>la zona del calendario de SLA, p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <source>Document locale</source>
        <translation>Configuración regional de documentos</translation>
    </message>
    <message>
        <source>language and formats of documents, e.g. nl_NL</source>
        <translation>idioma y formatos de los documentos, p. ej. es_ES</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>three-letter code, e.g. EUR</source>
        <translation>código de tres letras, p. ej. EUR</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>p. ej. ESB12345678</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>the address invoices go to</source>
        <translation>la dirección a la que se envían las facturas</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <source>mail from this domain becomes the client&apos;s tickets, e.g. acme.example</source>
        <translation>el correo de este dominio se convierte en tickets del cliente, p. ej. acme.example</translation>
    </message>
    <message>
        <source>NDA on file</source>
        <translation>NDA firmado</translation>
    </message>
    <message>
        <source>a non-disclosure agreement is signed</source>
        <translation>se ha firmado un acuerdo de confidencialidad</translation>
    </message>
    <message>
        <source>NDA signed on</source>
        <translation>NDA firmado el</translation>
    </message>
    <message>
        <source>the day the NDA was signed</source>
        <translation>el día en que se firmó el NDA</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Puestos de trabajo</translation>
    </message>
    <message>
        <source>how many workstations the client has</source>
        <translation>cuántos puestos de trabajo tiene el cliente</translation>
    </message>
    <message>
        <source>Invoices sent as</source>
        <translation>Facturas enviadas como</translation>
    </message>
    <message>
        <source>how the client wants its invoices</source>
        <translation>cómo quiere el cliente sus facturas</translation>
    </message>
    <message>
        <source>Assigned engineer</source>
        <translation>Técnico asignado</translation>
    </message>
    <message>
        <source>the engineer who knows the client</source>
        <translation>el técnico que conoce al cliente</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <source>the service manager of the client</source>
        <translation>el responsable de servicio del cliente</translation>
    </message>
    <message>
        <source>Review figures</source>
        <translation>Cifras de la revisión</translation>
    </message>
    <message>
        <source>the key figures the client asks for in its service review, such as tickets, sla, reaction, hours (empty: all)</source>
        <translation>las cifras clave que el cliente pide en su revisión de servicio, como tickets, sla, reaction, hours (vacío: todas)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>what the site is called, e.g. HQ</source>
        <translation>cómo se llama la sede, p. ej. Oficina central</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>two-letter code; empty: the client&apos;s</source>
        <translation>código de dos letras; vacío: el del cliente</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam; empty: the client&apos;s</source>
        <translation>p. ej. Europe/Madrid; vacío: la del cliente</translation>
    </message>
    <message>
        <source>Floor or room</source>
        <translation>Planta o sala</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>Enlace de mapa</translation>
    </message>
    <message>
        <source>a link to the entrance on a map</source>
        <translation>un enlace a la entrada en un mapa</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Cómo acceder</translation>
    </message>
    <message>
        <source>reception, badge, parking</source>
        <translation>recepción, acreditación, aparcamiento</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>el nombre de la persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>what the person does for the client&apos;s tickets</source>
        <translation>qué hace la persona en los tickets del cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>con prefijo de país, p. ej. +34 91 123 4567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>the language to speak with them, e.g. nl</source>
        <translation>el idioma en que hablarles, p. ej. es</translation>
    </message>
    <message>
        <source>Gets mail</source>
        <translation>Recibe correo</translation>
    </message>
    <message>
        <source>no: they asked for no mail from the desk</source>
        <translation>no: pidió no recibir correo del servicio de asistencia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>the site they work at</source>
        <translation>la sede en la que trabaja</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>messenger=handle pairs, e.g. whatsapp=+31612345678</source>
        <translation>pares mensajería=usuario, p. ej. whatsapp=+34612345678</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>whose contract it is</source>
        <translation>de quién es el contrato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>what the client bought</source>
        <translation>qué ha contratado el cliente</translation>
    </message>
    <message>
        <source>empty: named after its kind</source>
        <translation>vacío: se nombra según su tipo</translation>
    </message>
    <message>
        <source>Product area</source>
        <translation>Área de producto</translation>
    </message>
    <message>
        <source>what it covers, e.g. workplace</source>
        <translation>qué cubre, p. ej. puesto de trabajo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>the first day the contract covers</source>
        <translation>el primer día que cubre el contrato</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>the last day it covers; none: open-ended</source>
        <translation>el último día que cubre; ninguno: indefinido</translation>
    </message>
    <message>
        <source>three-letter code; empty: the client&apos;s</source>
        <translation>código de tres letras; vacío: la del cliente</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>Ventana de servicio</translation>
    </message>
    <message>
        <source>when SLA clocks run; default 24x7 for Comfort and Express, else 10x5</source>
        <translation>cuándo corren los relojes de SLA; por defecto 24x7 para Comfort y Express, si no 10x5</translation>
    </message>
    <message>
        <source>SLA attainment target (%)</source>
        <translation>Objetivo de cumplimiento SLA (%)</translation>
    </message>
    <message>
        <source>share of SLA clocks to meet, 50 to 100; the review measures it</source>
        <translation>parte de los relojes SLA que se deben cumplir, de 50 a 100; la revisión la mide</translation>
    </message>
    <message>
        <source>Premium service</source>
        <translation>Servicio premium</translation>
    </message>
    <message>
        <source>Dedicated manager</source>
        <translation>Responsable dedicado</translation>
    </message>
    <message>
        <source>the desk user who looks after the contract; premium needs one</source>
        <translation>el usuario del servicio de asistencia que se ocupa del contrato; premium necesita uno</translation>
    </message>
    <message>
        <source>Standard hourly rate</source>
        <translation>Tarifa horaria estándar</translation>
    </message>
    <message>
        <source>e.g. 95.00</source>
        <translation>p. ej. 95.00</translation>
    </message>
    <message>
        <source>Express hourly rate</source>
        <translation>Tarifa horaria Express</translation>
    </message>
    <message>
        <source>the hourly rate of emergency help</source>
        <translation>la tarifa horaria de la ayuda de emergencia</translation>
    </message>
    <message>
        <source>On-demand hourly rate</source>
        <translation>Tarifa horaria bajo demanda</translation>
    </message>
    <message>
        <source>After-hours factor</source>
        <translation>Factor fuera de horario</translation>
    </message>
    <message>
        <source>1.5 to 2</source>
        <translation>de 1.5 a 2</translation>
    </message>
    <message>
        <source>Rush visit fee</source>
        <translation>Recargo por visita urgente</translation>
    </message>
    <message>
        <source>Price per workstation</source>
        <translation>Precio por puesto</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>On-site surcharge (%)</source>
        <translation>Recargo in situ (%)</translation>
    </message>
    <message>
        <source>Regular on-site days</source>
        <translation>Días in situ periódicos</translation>
    </message>
    <message>
        <source>Round time up to (minutes)</source>
        <translation>Redondear el tiempo hasta (minutos)</translation>
    </message>
    <message>
        <source>0, 1, 5, 6, 10, 15, 30 or 60</source>
        <translation>0, 1, 5, 6, 10, 15, 30 o 60</translation>
    </message>
    <message>
        <source>Emergency guarantee (hours)</source>
        <translation>Garantía de emergencia (horas)</translation>
    </message>
    <message>
        <source>1 to 8</source>
        <translation>de 1 a 8</translation>
    </message>
    <message>
        <source>Prepaid credit in</source>
        <translation>Crédito prepago en</translation>
    </message>
    <message>
        <source>prepaid credit only: money or hours</source>
        <translation>solo crédito prepago: dinero u horas</translation>
    </message>
    <message>
        <source>Monthly top-up</source>
        <translation>Recarga mensual</translation>
    </message>
    <message>
        <source>prepaid credit added each month</source>
        <translation>crédito prepago que se añade cada mes</translation>
    </message>
    <message>
        <source>Low-credit warning below</source>
        <translation>Aviso de crédito bajo por debajo de</translation>
    </message>
    <message>
        <source>Bundle hours per month</source>
        <translation>Horas de bolsa al mes</translation>
    </message>
    <message>
        <source>FTE bundle only</source>
        <translation>solo bolsa FTE</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <source>monthly plan or FTE bundle</source>
        <translation>plan mensual o bolsa FTE</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Condiciones de pago (días)</translation>
    </message>
    <message>
        <source>days to pay an invoice</source>
        <translation>días para pagar una factura</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Tipo de IVA (%)</translation>
    </message>
    <message>
        <source>empty: the company&apos;s rate</source>
        <translation>vacío: el tipo de la empresa</translation>
    </message>
    <message>
        <source>VAT exemption</source>
        <translation>Exención de IVA</translation>
    </message>
    <message>
        <source>why no VAT is charged; printed on invoices</source>
        <translation>por qué no se cobra IVA; se imprime en las facturas</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>Objetivos de SLA</translation>
    </message>
    <message>
        <source>the clock each priority promises</source>
        <translation>el reloj que promete cada prioridad</translation>
    </message>
    <message>
        <source>the engineer&apos;s name</source>
        <translation>el nombre del técnico</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 6 1234 5678</source>
        <translation>con prefijo de país, p. ej. +34 612 34 56 78</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>comma separated, e.g. network, windows</source>
        <translation>separadas por comas, p. ej. redes, windows</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>códigos separados por comas, p. ej. es, en</translation>
    </message>
    <message>
        <source>Base region</source>
        <translation>Región base</translation>
    </message>
    <message>
        <source>where they travel from</source>
        <translation>desde dónde se desplaza</translation>
    </message>
    <message>
        <source>Base latitude</source>
        <translation>Latitud de la base</translation>
    </message>
    <message>
        <source>where their day starts, degrees north (south: negative)</source>
        <translation>dónde empieza su jornada, grados norte (sur: negativo)</translation>
    </message>
    <message>
        <source>Base longitude</source>
        <translation>Longitud de la base</translation>
    </message>
    <message>
        <source>degrees east (west: negative), e.g. 4.90</source>
        <translation>grados este (oeste: negativo), p. ej. -3.70</translation>
    </message>
    <message>
        <source>the zone they work in, e.g. Europe/Amsterdam</source>
        <translation>la zona en la que trabaja, p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>their week, in their own time zone; by default Mon–Fri 08:00–18:00</source>
        <translation>su semana, en su propia zona horaria; por defecto lun–vie 08:00–18:00</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Coste por hora</translation>
    </message>
    <message>
        <source>what an hour of theirs costs</source>
        <translation>lo que cuesta una hora suya</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Moneda del coste</translation>
    </message>
    <message>
        <source>three-letter code; empty: EUR</source>
        <translation>código de tres letras; vacío: EUR</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>a passport-style picture, JPEG or PNG: sent when they are proposed for a visit, for the client to check their ID against</source>
        <translation>una foto tipo carné, JPEG o PNG: se envía cuando se le propone para una visita, para que el cliente compruebe su identificación</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>Clientes asignados</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario conectado</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>picture, %1 KB</source>
        <translation>imagen, %1 KB</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>sin horario</translation>
    </message>
</context>
<context>
    <name>ReviewNotesDialog</name>
    <message>
        <source>Focus area</source>
        <translation>Área de enfoque</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>Solo los abiertos</translation>
    </message>
    <message>
        <source>Focus areas agreed at the kick-off, risks and recommendations. Open ones are printed in the client&apos;s service review until they are closed.</source>
        <translation>Áreas de enfoque acordadas en el arranque, riesgos y recomendaciones. Los abiertos se imprimen en la revisión del servicio del cliente hasta que se cierran.</translation>
    </message>
    <message>
        <source>Kick-off…</source>
        <translation>Arranque…</translation>
    </message>
    <message>
        <source>Record the kick-off: the day it was held and the consultants agreed</source>
        <translation>Registrar el arranque: el día y los consultores acordados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Selected note:</source>
        <translation>Nota seleccionada:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Cerrar nota</translation>
    </message>
    <message>
        <source>Type to pick a usual focus area, or write your own</source>
        <translation>Escriba para elegir un área de atención habitual, o escriba la suya</translation>
    </message>
    <message>
        <source>What was agreed, seen or advised</source>
        <translation>Qué se acordó, observó o recomendó</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>No kick-off recorded yet.</source>
        <translation>Aún no hay ningún arranque registrado.</translation>
    </message>
    <message>
        <source>Kick-off held on %1; consultants: %2</source>
        <translation>Arranque celebrado el %1; consultores: %2</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Today (h)</source>
        <translation>Hoy (h)</translation>
    </message>
    <message>
        <source>Week %</source>
        <translation>Semana %</translation>
    </message>
    <message>
        <source>Assigned clients</source>
        <translation>Clientes asignados</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>sin horario laboral</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Edit skills and leave…</source>
        <translation>Editar competencias y ausencias…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Only an administrator may change the mail settings.</source>
        <translation>Solo un administrador puede cambiar la configuración de correo.</translation>
    </message>
    <message>
        <source>Reopen window</source>
        <translation>Plazo de reapertura</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>path or URL, used at the next start</source>
        <translation>ruta o URL, se usa en el próximo inicio</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Countdown refresh (seconds):</source>
        <translation>Actualización de la cuenta atrás (segundos):</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Reopen window (days):</source>
        <translation>Plazo de reapertura (días):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Only an administrator changes the company profile.</source>
        <translation>Solo un administrador cambia el perfil de la empresa.</translation>
    </message>
    <message>
        <source>Set up your company</source>
        <translation>Configure su empresa</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Your own company, as every work order, report and invoice names it. Every desk prints the same profile.</source>
        <translation>Su propia empresa, tal como la nombran todas las órdenes de trabajo, informes y facturas. Todos los puestos imprimen el mismo perfil.</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Razón social:</translation>
    </message>
    <message>
        <source>as registered; printed on every invoice</source>
        <translation>tal como está registrada; se imprime en cada factura</translation>
    </message>
    <message>
        <source>Trading name:</source>
        <translation>Nombre comercial:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>one line per line</source>
        <translation>una línea por cada línea de la dirección</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>two-letter code, e.g. NL</source>
        <translation>código de dos letras, p. ej. ES</translation>
    </message>
    <message>
        <source>VAT id:</source>
        <translation>NIF-IVA:</translation>
    </message>
    <message>
        <source>e.g. NL001234567B01</source>
        <translation>p. ej. ESB12345678</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Número de registro:</translation>
    </message>
    <message>
        <source>optional, e.g. chamber of commerce</source>
        <translation>opcional, p. ej. Registro Mercantil</translation>
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
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>with country code, e.g. +31 20 123 4567</source>
        <translation>con prefijo de país, p. ej. +34 91 123 4567</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ej. EUR</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>Tipo de IVA (%):</translation>
    </message>
    <message>
        <source>e.g. 21</source>
        <translation>p. ej. 21</translation>
    </message>
    <message>
        <source>Reduced tax rate (%):</source>
        <translation>Tipo de IVA reducido (%):</translation>
    </message>
    <message>
        <source>optional, e.g. 9</source>
        <translation>opcional, p. ej. 10</translation>
    </message>
    <message>
        <source>Invoice prefix:</source>
        <translation>Prefijo de factura:</translation>
    </message>
    <message>
        <source>in front of invoice numbers, e.g. DC</source>
        <translation>delante de los números de factura, p. ej. DC</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Idioma de los documentos:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>e.g. Europe/Amsterdam</source>
        <translation>p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <source>Holidays of country:</source>
        <translation>Festivos del país:</translation>
    </message>
    <message>
        <source>Holidays of region:</source>
        <translation>Festivos de la región:</translation>
    </message>
    <message>
        <source>optional: province or state</source>
        <translation>opcional: comunidad, provincia o estado</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Firme aquí con el ratón, un lápiz o el dedo.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>Firme encima de la línea</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Wipe the pad to sign again.</source>
        <translation>Borrar el panel para volver a firmar.</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Borrar la firma</translation>
    </message>
</context>
<context>
    <name>SlaAlerter</name>
    <message>
        <source>Dispatch Console: SLA alerts</source>
        <translation>Dispatch Console: alertas de SLA</translation>
    </message>
    <message>
        <source>%1 missed: %2 %3</source>
        <translation>%1 incumplido: %2 %3</translation>
    </message>
    <message>
        <source>%1 at risk: %2 %3</source>
        <translation>%1 en riesgo: %2 %3</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(vence %1)</translation>
    </message>
    <message>
        <source>Your premium client: %1</source>
        <translation>Su cliente premium: %1</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (y %2 más)</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA en riesgo</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Las 24 horas</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>The clock runs at nights and weekends too</source>
        <translation>El reloj corre también de noche y en fin de semana</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>The shared database %1 asks for your password.</source>
        <translation>La base de datos compartida %1 pide su contraseña.</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Base de datos compartida: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
    <message>
        <source>server feed %1 s behind</source>
        <translation>flujo del servidor con %1 s de retraso</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(sin sede)</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>(sin contrato)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Solicitante:</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>Register the person who asks as a new contact of this client</source>
        <translation>Registrar a la persona que lo solicita como nuevo contacto de este cliente</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Qué falla, en pocas palabras</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Emergency (Express help)</source>
        <translation>Emergencia (ayuda Express)</translation>
    </message>
</context>
<context>
    <name>TicketHistory</name>
    <message>
        <source>priority of %1</source>
        <translation>prioridad de %1</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>estado de %1</translation>
    </message>
    <message>
        <source>estimate of %1</source>
        <translation>estimación de %1</translation>
    </message>
    <message>
        <source>assignment of %1</source>
        <translation>asignación de %1</translation>
    </message>
    <message numerus="yes">
        <source>priority of %n tickets</source>
        <translation>
            <numerusform>prioridad de %n ticket</numerusform>
            <numerusform>prioridad de %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status of %n tickets</source>
        <translation>
            <numerusform>estado de %n ticket</numerusform>
            <numerusform>estado de %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimate of %n tickets</source>
        <translation>
            <numerusform>estimación de %n ticket</numerusform>
            <numerusform>estimación de %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assignment of %n tickets</source>
        <translation>
            <numerusform>asignación de %n ticket</numerusform>
            <numerusform>asignación de %n tickets</numerusform>
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
        <translation>visita</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>registro de tiempo</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>status moved</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>nota añadida</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Premium contract</source>
        <translation>Contrato premium</translation>
    </message>
    <message>
        <source>Under a premium plan: handled at once, first among tickets as urgent.</source>
        <translation>Con un plan premium: se atiende de inmediato, el primero entre los tickets urgentes.</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Escriba una nota…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; time</source>
        <translation>Notas y tiempo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otra…</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Sin estimación</translation>
    </message>
    <message>
        <source>Effort expected, in hours and minutes (such as 4h, 1h30m or 90m):</source>
        <translation>Esfuerzo previsto, en horas y minutos (como 4h, 1h30m o 90m):</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>Estimate %1</source>
        <translation>Estimación %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Change the status, priority, assignee or estimate of all of them at once. Edit ▸ Undo (Ctrl+Z) takes the change back.</source>
        <translation>Cambiar el estado, la prioridad, el asignado o la estimación de todos a la vez. Edición ▸ Deshacer (Ctrl+Z) revierte el cambio.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>No dedicated manager named</source>
        <translation>No se ha designado responsable dedicado</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Prioridad %1</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nueva visita…</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Registrar tiempo…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Assessment…</source>
        <translation>Evaluación…</translation>
    </message>
    <message>
        <source>no prepaid credit</source>
        <translation>sin crédito prepago</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Horas registradas</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Crédito prepago</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>sin notas</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>facturable</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>no facturable</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Aún no hay visitas.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>%1 logged (%2)</source>
        <translation>%1 registradas (%2)</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>aún no hay horas registradas</translation>
    </message>
    <message>
        <source>%1 over the estimate</source>
        <translation>%1 por encima de la estimación</translation>
    </message>
    <message>
        <source>Targets of this contract and priority</source>
        <translation>Objetivos de este contrato y prioridad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Due %1 (%2); %3 h %4 m of business time used.</source>
        <translation>Vence %1 (%2); %3 h %4 m de tiempo laborable consumido.</translation>
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
        <translation>Cerrar…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nadie (quitar asignación)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets selected</source>
        <translation>
            <numerusform>%n ticket seleccionado</numerusform>
            <numerusform>%n tickets seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Ningún ticket seleccionado.</translation>
    </message>
    <message>
        <source>Click a ticket in the queue to read it here. Ctrl+click or Shift+click selects several, to change them all at once.</source>
        <translation>Haga clic en un ticket de la cola para leerlo aquí. Ctrl+clic o Mayús+clic selecciona varios, para cambiarlos todos a la vez.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>(not on a visit)</source>
        <translation>(fuera de una visita)</translation>
    </message>
    <message>
        <source>(billable)</source>
        <translation>(facturable)</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Registrar tiempo</translation>
    </message>
    <message>
        <source>the work must end after it starts</source>
        <translation>el trabajo debe terminar después de empezar</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Técnico:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Not billable because:</source>
        <translation>No facturable porque:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Trabajo realizado:</translation>
    </message>
</context>
<context>
    <name>TimeView</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardío</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>A la espera de</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Trabajo realizado</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Registros de tiempo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Umbral bajo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Overdrafts</source>
        <translation>Descubiertos</translation>
    </message>
    <message>
        <source>Prepaid credit</source>
        <translation>Crédito prepago</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Aprobar seleccionados</translation>
    </message>
    <message>
        <source>Client&apos;s approval…</source>
        <translation>Aprobación del cliente…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Send the selected entries back to their engineer, with the reason why</source>
        <translation>Devolver los registros seleccionados a su técnico, con el motivo</translation>
    </message>
    <message>
        <source>Run the daily cut-off</source>
        <translation>Ejecutar el corte diario</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Change the selected entry; one sent back then waits for the desk again</source>
        <translation>Modificar el registro seleccionado; uno devuelto vuelve a esperar al servicio de asistencia</translation>
    </message>
    <message>
        <source>Week…</source>
        <translation>Semana…</translation>
    </message>
    <message>
        <source>The engineer&apos;s week as a timesheet: tickets by day</source>
        <translation>La semana del técnico como parte de horas: tickets por día</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepaid credit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Crédito prepago&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>Todos los técnicos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Día o semana</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Técnico:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Ticket, e.g. T-2026-000123</source>
        <translation>Ticket, p. ej. T-2026-000123</translation>
    </message>
    <message>
        <source>Ticket for the timer</source>
        <translation>Ticket del cronómetro</translation>
    </message>
    <message>
        <source>Phase for the timer</source>
        <translation>Fase del cronómetro</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>Stop timer…</source>
        <translation>Detener cronómetro…</translation>
    </message>
    <message>
        <source>Stop the timer and record the time as an entry</source>
        <translation>Detener el cronómetro y guardar el tiempo como registro</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Throw the timer away without recording it</source>
        <translation>Descartar el cronómetro sin guardarlo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronómetro&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2 para %3</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener cronómetro</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Trabajo realizado:</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tardío</translation>
    </message>
    <message>
        <source>desk and client</source>
        <translation>el servicio de asistencia y el cliente</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>el servicio de asistencia</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>the engineer (sent back: %1)</source>
        <translation>el técnico (devuelto: %1)</translation>
    </message>
    <message>
        <source>(approved)</source>
        <translation>(aprobado)</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>Devuelto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n registro mostrado</numerusform>
            <numerusform>%n registros mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n entries shown: choose an engineer or a day</source>
        <translation>
            <numerusform>Se muestran los primeros %1 de %n registro: elija un técnico o un día</numerusform>
            <numerusform>Se muestran los primeros %1 de %n registros: elija un técnico o un día</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h, of which %2 h billable</source>
        <translation>%1 h, de ellas %2 h facturables</translation>
    </message>
    <message numerus="yes">
        <source>The desk sent %n of your entries back: &lt;a href=&apos;#&apos;&gt;show them&lt;/a&gt;</source>
        <translation>
            <numerusform>El servicio de asistencia le devolvió %n registro: &lt;a href=&apos;#&apos;&gt;verlo&lt;/a&gt;</numerusform>
            <numerusform>El servicio de asistencia le devolvió %n registros: &lt;a href=&apos;#&apos;&gt;verlos&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send time back</source>
        <translation>Devolver tiempo</translation>
    </message>
    <message>
        <source>Why does this time go back to the engineer? They read this:</source>
        <translation>¿Por qué se devuelve este tiempo al técnico? Lo leerá:</translation>
    </message>
    <message numerus="yes">
        <source>Entries locked by the cut-off: %n</source>
        <translation>
            <numerusform>Registro bloqueado por el corte diario: %n</numerusform>
            <numerusform>Registros bloqueados por el corte diario: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageAcceptDialog</name>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Make the ticket</source>
        <translation>Crear el ticket</translation>
    </message>
    <message>
        <source>Accept as ticket</source>
        <translation>Aceptar como ticket</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>The sender becomes a requester of this client and the message its new ticket.</source>
        <translation>El remitente pasa a ser solicitante de este cliente y el mensaje, su nuevo ticket.</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Abrir el mapa</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Contacto in situ</translation>
    </message>
    <message>
        <source>none named: ask the desk</source>
        <translation>no se indica ninguno: pregunte al servicio de asistencia</translation>
    </message>
    <message>
        <source>no phone or e-mail</source>
        <translation>sin teléfono ni correo electrónico</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Material a llevar</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>nothing listed</source>
        <translation>no se indica nada</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>May leave, agreed by %1</source>
        <translation>Puede retirarse, con la conformidad de %1</translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation>(firmado)</translation>
    </message>
    <message>
        <source>No step to take</source>
        <translation>Ningún paso pendiente</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Preview and print the work order to hand out</source>
        <translation>Previsualizar e imprimir la orden de trabajo para entregarla</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>site address</source>
        <translation>dirección de la sede</translation>
    </message>
    <message>
        <source>map link</source>
        <translation>enlace de mapa</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>técnicos</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Request a visit for %1</source>
        <translation>Solicitar una visita para %1</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(elija una sede)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(not given: senior)</source>
        <translation>(no indicado: sénior)</translation>
    </message>
    <message>
        <source>Request visit</source>
        <translation>Solicitar visita</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours</source>
        <translation>&apos;%1&apos; no es un número de horas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not suited: %2</source>
        <translation>%1 — no apto: %2</translation>
    </message>
    <message>
        <source>Fix the errors first</source>
        <translation>Corrija primero los errores</translation>
    </message>
    <message>
        <source>Save in the Requested state</source>
        <translation>Guardar en estado Solicitada</translation>
    </message>
    <message>
        <source>Request a visit</source>
        <translation>Solicitar una visita</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Inicio previsto:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Reserved hours:</source>
        <translation>Horas reservadas:</translation>
    </message>
    <message>
        <source>empty: 2 h + 30 min grace</source>
        <translation>vacío: 2 h + 30 min de margen</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Engineers needed:</source>
        <translation>Técnicos necesarios:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>comma separated codes, e.g. nl, en</source>
        <translation>códigos separados por comas, p. ej. es, en</translation>
    </message>
    <message>
        <source>Urgency class:</source>
        <translation>Clase de urgencia:</translation>
    </message>
    <message>
        <source>Local contact:</source>
        <translation>Contacto local:</translation>
    </message>
    <message>
        <source>Ordering engineer:</source>
        <translation>Técnico solicitante:</translation>
    </message>
    <message>
        <source>Work description:</source>
        <translation>Descripción del trabajo:</translation>
    </message>
    <message>
        <source>Target hardware:</source>
        <translation>Equipo objetivo:</translation>
    </message>
    <message>
        <source>Work sequence:</source>
        <translation>Secuencia de trabajo:</translation>
    </message>
    <message>
        <source>Confirm before:</source>
        <translation>Confirmar antes:</translation>
    </message>
    <message>
        <source>Confirm after:</source>
        <translation>Confirmar después:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Documentos necesarios:</translation>
    </message>
    <message>
        <source>Items to bring:</source>
        <translation>Material a llevar:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>Paperwork:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <source>Written instructions attached</source>
        <translation>Instrucciones escritas adjuntas</translation>
    </message>
    <message>
        <source>On-site assistance by the client</source>
        <translation>Asistencia in situ por parte del cliente</translation>
    </message>
    <message>
        <source>Travel needs booking</source>
        <translation>El desplazamiento requiere reserva</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>Visita periódica</translation>
    </message>
    <message>
        <source>New workstations:</source>
        <translation>Puestos nuevos:</translation>
    </message>
    <message>
        <source>Visit without local contact because:</source>
        <translation>Visita sin contacto local porque:</translation>
    </message>
    <message>
        <source>only when the client insists on a visit without local contact</source>
        <translation>solo cuando el cliente insiste en una visita sin contacto local</translation>
    </message>
    <message>
        <source>Dispatch checks</source>
        <translation>Comprobaciones de asignación</translation>
    </message>
    <message>
        <source>Engineers (tick to assign)</source>
        <translation>Técnicos (marque para asignar)</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Visitas previstas</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Week timesheet</source>
        <translation>Parte de horas semanal</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semana siguiente ▶</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Técnico:</translation>
    </message>
    <message>
        <source>No engineers yet.</source>
        <translation>Aún no hay técnicos.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3 (%4)</source>
        <translation>Semana %1, del %2 al %3 (%4)</translation>
    </message>
    <message>
        <source>%1 h this week, %2 h billable</source>
        <translation>%1 h esta semana, %2 h facturables</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong; what you were doing may not have finished. You can carry on working. The details are in the log: %1</source>
        <translation>Ha ocurrido algo inesperado; puede que lo que estaba haciendo no se haya completado. Puede seguir trabajando. Los detalles están en el registro: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log: %1</source>
        <translation>Algo ha fallado y no se ha guardado nada. Los detalles están en el registro: %1</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. It was reloaded; please try again.</source>
        <translation>Otra persona ha modificado este registro mientras tanto. Se ha vuelto a cargar; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database refused the change: %1. Nothing was saved.</source>
        <translation>La base de datos rechazó el cambio: %1. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>No se pudo hacer</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
</TS>

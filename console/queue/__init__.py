"""The ticket queue: its rows as column arrays, its saved filters, search and order, and
the next SLA clock of every row computed in one batch. The window's table and
`tickets list` read it; the views only adapt it to Qt."""

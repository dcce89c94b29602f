"""The mail channel in the window: mail settings and mailboxes, the Mail tab (messages from
unknown senders, unreadable messages), fetching without freezing the window, and a
ticket's mail attachments. One module per concept; each calls the mail services.
"""

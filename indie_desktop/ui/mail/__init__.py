"""E-mail in the window: mails dropped from Outlook or as files."""

"""E-mail in the CRM: mails from Outlook or files filed as activities on the record."""

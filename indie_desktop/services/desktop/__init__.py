"""The desktop the app runs on: files handed to the system's programs (temp-folder copies), and
where the app runs and whether the local database survives there (roaming profiles, terminal
servers, non-persistent VDI)."""

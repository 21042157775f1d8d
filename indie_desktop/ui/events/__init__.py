"""Events: the list, the event form, participants, invitations and target groups."""

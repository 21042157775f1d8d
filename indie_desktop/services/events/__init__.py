"""Events of the network (Branchentreffen, joint trade-fair stands, business trips, workshops),
their participants, invitations and registrations, and saved target groups."""

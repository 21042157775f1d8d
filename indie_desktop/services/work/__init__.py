"""The network's work: visits and other activities, needs, partner suggestions,
referrals, cooperations, projects and tasks."""

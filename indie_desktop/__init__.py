"""In|Die Desktop: CRM for the In|Die RegionRuhr economic development network."""

__version__ = "0.1.0"
APP_NAME = "In|Die Desktop"
APP_ID = "indie-desktop"

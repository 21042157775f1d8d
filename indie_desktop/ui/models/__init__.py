"""Qt item models over the services' paged, SQL-sorted lists."""

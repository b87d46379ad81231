"""What a report states besides money: the units and systems it names (names, unitnames,
boundaries), its head counts and sections (staffing), its performance indicators
(indicators), and its dated events (events)."""

"""``govkg ingest``: a new report in, a cited draft seed out (every fact marked extracted).

reading     the report's text from .txt (UTF-8 / GB18030), .docx, .pdf or .html
textview    a cleaned view of that text that keeps every character's offset
numbers     amounts, shares, counts and dates as written -> exact values
report, spending, staffing, indicators, unitnames, names (+ boundaries), events
            the rules; facts holds what they find, each citing its span
extract     runs every rule over one text
resolve     names met with the seed they join, within their scope
draft       the facts as seed records
write       staged validation, then an atomic write next to the other reports
score       precision and recall of a draft against curated facts
"""

"""``govkg ingest``: a new report in, a cited draft seed out (every fact marked extracted).

reading     the report's text from .txt (UTF-8 / GB18030), .docx, .pdf or .html
textview    a cleaned view of that text that keeps every character's offset
numbers     amounts, shares, counts and dates as written -> exact values
simplified  traditional characters read as simplified, one for one (OpenCC)
report, spending, staffing, indicators, unitnames, names (+ boundaries), events, money,
tables      the rules (tables: money in grids whose unit is in the header); facts holds
            what they find, each citing its span
bounded     the scans the rules share that stay linear on any text (REACH bounds them)
limits      the caps on a report's size, density and names, and the checks
extract     runs every rule over one text, within the caps
resolve     names met with the seed they join, within their scope
draft       the facts as seed records
held        the index of what a seed directory holds, a new draft is checked against
write       a draft checked on its own and against that index, then written atomically
batch       many files and folders: extraction in worker processes, writes in order
summary     what a run did, file by file, and the summary at its end
progress    a progress bar on a terminal (rich), plain lines otherwise
score       precision and recall of a draft against curated facts
corpus      a draft against a real text's hand-checked expectations (the real corpus)
"""

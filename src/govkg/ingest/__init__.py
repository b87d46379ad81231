"""``govkg ingest``: a new report in, a cited draft seed out (every fact marked extracted).

reading    the report's text from .txt (UTF-8 / GB18030), .docx, .pdf or .html
numbers    amounts, shares and counts as written -> exact Decimals
extract    the rules that find facts in the text, each fact citing its span
draft      the facts as a seed file of their own, written atomically next to the others
"""

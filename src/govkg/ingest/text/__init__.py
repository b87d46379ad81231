"""A report's text as govkg cites it, and its figures as written.

reading (+ reading_docx, reading_html, reading_pdf)  the text of a .txt, .docx, .html or .pdf
textview    a cleaned view of that text that keeps every character's offset
simplified  traditional characters read as simplified, one for one (OpenCC)
numbers     amounts, shares, counts and dates as written -> exact values
amounts     a figure and its unit word (万元, 元, 亿元, 萬元…), lists sharing one unit
sentences   the sentence around an amount, bounded; introducedlines, the paragraph a
            colon's numbered lines belong to
splitunit   a unit word split around a form's cells (万 210 元)
comparedcolumns  a table head comparing two years (2016年度 2017年度 2017比2016增减)
bounded     the scans the rules share that stay linear on any text
"""

"""Reading: a file of any shape (text, HTML, markdown, CSV/JSON records, PDF text) into a
Document whose clean text maps back, character by character, to the decoded source.
"""

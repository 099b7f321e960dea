"""Structure: a Document split into Plans (with their region, title, date, issuer) and each
plan's shape read once: sections, paragraphs, items, sentences, and the year each part speaks of.
"""

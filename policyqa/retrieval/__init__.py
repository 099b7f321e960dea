"""Retrieval: the corpus index (BM25 over both scripts) and one reading of a question
(places, years, quoted phrases, English terms) that both engines answer from.
"""

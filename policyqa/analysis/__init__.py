"""Across plans: indicators, the compare table (one indicator across regions) and tracking
(a target against the result a later report gives).
"""

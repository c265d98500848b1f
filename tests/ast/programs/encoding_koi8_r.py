#!/usr/bin/env python3
# vim: set fileencoding=koi8-r :
"""Строка документации."""
привет = "мир"; x = (привет, "ёж")

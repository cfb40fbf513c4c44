"""Every word list and cue pattern diffreport reads text with, one copy each, per language.

``zh`` holds the Chinese lists, ``en`` the English ones, ``common`` what both share
(year patterns, punctuation classes). Each list says what kind of word it holds,
what it is for, and where its entries came from. A list names kinds of words
(stance modifiers, cue verbs, programme suffixes), never one report's coinages.
This package imports nothing else of diffreport; every stage may import it.
"""

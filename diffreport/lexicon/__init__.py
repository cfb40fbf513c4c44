"""Every word list and cue pattern diffreport reads text with, one copy each, per language.

``zh`` holds the Chinese lists and ``en`` the English ones, each a package with one
module per stage that reads them (``text``, ``align``, ``parts``, ``numbers``,
``topics``, ``series``) and every list re-exported at the top (``zh.NUMBER_UNITS``);
``common`` holds what both share (the year pattern). Each list says what kind of word it holds,
what it is for, and where its entries came from. A list names kinds of words
(stance modifiers, cue verbs, programme suffixes), never one report's coinages.
This package imports nothing else of diffreport; every stage may import it.
"""

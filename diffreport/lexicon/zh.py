"""Chinese word lists and cue patterns, by the stage that reads them."""

from __future__ import annotations


# --- text: normalize, segment


# --- align


# --- analyze: report parts, commitments


# --- analyze: numbers


# --- analyze: topics


# --- series

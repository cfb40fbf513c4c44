"""Display: how a finished result shows itself in a notebook, a rich console or pandas.

It sits above the renderers and the model: it imports both, neither imports it.
"""

"""Importing published school data: the address list of schools and categorisation files.

Parsing (``address_list``, ``categorisation``) is pure and shared with the central store;
``apply`` plans and writes an import into a local store, all or nothing.
"""

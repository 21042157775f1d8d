"""Python modules generated from the Qt Designer forms in forms/*.ui (see tools/build_forms.py).

Do not edit the ui_*.py files here: change the form in Designer and rebuild.
"""

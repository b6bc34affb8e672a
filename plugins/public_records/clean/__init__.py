"""The cleaning pipeline: an ordered table of named steps (see STEPS in pipeline.py).

Each step is a pure function `text -> StepResult` in a module named after the family of
noise it handles (NOISE.md numbers them N01 to N18). `pipeline.clean()` runs the steps
in order and gathers every edit, finding and harvested metadata, so a reader can audit
each change on the record's page.

May import: the package root (model, script, data) and common/; never a later stage.
A step that needs to know names (the script step) is handed a function by the import.
"""

from .pipeline import STEPS, CleanResult, Step, clean

__all__ = ["STEPS", "CleanResult", "Step", "clean"]

"""Text before any rule: one-to-one character normalization and the cutting of long texts into chunks."""

"""The visit workspace: aspects, the five enquiry questions, evidence, actions, finish."""

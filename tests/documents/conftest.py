"""The case every document test prints from (defined with the documents' own tests)."""

from documents.test_documents import case_id

__all__ = ["case_id"]

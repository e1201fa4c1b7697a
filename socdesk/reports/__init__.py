"""Reports: aggregations over the store, exported to XLSX and PDF."""

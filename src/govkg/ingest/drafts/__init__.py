"""A draft seed: the facts of one report as seed records, and its review.

records     a report's facts -> seed records (plain dicts), each ``provenance: extracted``
yamltext    the one way a draft's records are written as YAML
onfile      the draft file ``govkg ingest`` wrote for a document, as a reviewer sees it
decisions   accept, reject or edit its facts, all or nothing
batch, edits, check   a batch of decisions applied in memory, each edit checked, and the
            whole seed it would make checked as ``govkg validate`` checks it
"""

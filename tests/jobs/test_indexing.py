from app.jobs.indexing import MAX_SEGMENT_DOCS, MIN_SEGMENT_DOCS, segment_size


def test_rebuild_segments_are_few_even_and_bounded():
    for total in (0, 1, 3_000, 9_999, 10_000, 50_001, 125_403, 1_000_000):
        for procs in (1, 2, 4):
            size = segment_size(total, procs)
            segments = -(-total // size)
            assert MIN_SEGMENT_DOCS <= size <= max(MIN_SEGMENT_DOCS, MAX_SEGMENT_DOCS), (total, procs)
            if total > MIN_SEGMENT_DOCS * procs:
                assert segments % procs == 0, (total, procs)  # every core writes as many
                assert segments * size - total < segments, (total, procs)  # no small straggler
    assert segment_size(125_403, 2) == 20_901  # six segments, not 26 of 5,000
    assert segment_size(10_000, 2) == 5_000  # both cores work
    assert segment_size(3_000, 2) == MIN_SEGMENT_DOCS  # one segment, built in-process

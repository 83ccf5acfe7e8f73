"""What an operator reads at the end of a run: each problem once, and what to do when the machine is offline."""

from __future__ import annotations

from pipeline import console

OFFLINE = ("robots.txt unavailable (https://{host}/robots.txt: ConnectError: [Errno -2] Name or service not known"
           " after 1 attempts): disallow all for this run (RFC 9309)")


def test_an_unreachable_host_is_one_line_however_many_of_its_urls_were_refused():
    errors = [f"https://apa.az/rss/{n}: " + OFFLINE.format(host="apa.az") for n in range(9)]
    errors += ["https://president.az/az/articles: " + OFFLINE.format(host="president.az")]
    lines = console.problem_lines(errors)
    assert lines[:2] == [
        "  " + OFFLINE.format(host="apa.az") + " (9 URLs, e.g. https://apa.az/rss/0)",
        "  https://president.az/az/articles: " + OFFLINE.format(host="president.az"),
    ]
    assert "this machine looks offline" in lines[2] and "make demo" in lines[2] and len(lines) == 3


def test_other_problems_stay_as_they_are_and_no_offline_hint_when_a_host_answered():
    errors = ["https://ru.trend.az/feeds/index.rss: HTTP 503 after 4 attempts", "listing selector matched nothing",
              "https://apa.az/x: " + OFFLINE.format(host="apa.az")]
    assert console.problem_lines(errors) == ["  " + e for e in errors]

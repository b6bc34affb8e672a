"""Search benchmark: build the index for N synthetic records, then time queries in Chromium.

    .venv/bin/python bench/search_bench.py --records 10000 [--out bench/out/search]
    .venv/bin/python bench/search_bench.py --records 10000 --delta 1

With --delta K, the main index is built from all records but K (spread over the dates),
then brought up to all of them with a delta (search_delta.update_index): the update is
timed on its own (CPU and wall seconds, bytes and files written), and the queries run on
the index with that delta (its bytes and request count in the figures of each query).

Prints build time (wall, and CPU seconds of this process and its workers: fairer on a
busy machine), peak memory (the records are held in this process, as in the real build;
the index is written by worker processes forked from it, so the figure that counts is the
peak of the summed PSS of the process tree, sampled every 0.5 s; peak RSS of this process
and of the largest worker are printed too), index size and file count, and for a fixed
query set the bytes and requests each query reads from the index and its cold and warm
latency in headless Chromium (Debian's chromium; skipped with a message when missing).
Targets at 100,000 records (issue 4): build <= 5 min and <= 1.5 GB; per query <= 300 KiB
and <= 20 requests; warm <= 150 ms.

The generator is self-contained and deterministic: Chinese-like report text assembled
from government phrases, with officials (names, roles), places, topics and dates.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT), str(ROOT / "tests")]

from public_records.model import ROLES  # noqa: E402
from public_records.search.index import SearchDoc  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # noqa: E501
GIVEN = "功发玉源俊启祥红松亮杰平慧金生凯伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞刚桂英华建国志文斌辉鹏飞波宇浩然晨阳光荣"  # noqa: E501
PLACE_STEMS = "大观 迎江 宜秀 怀宁 潜山 太湖 宿松 望江 岳西 桐城 海口 菱湖 十里 石化 集贤 花山 龙山 白泽 山口 五横".split()  # noqa: E501
PLACE_KINDS = ["区", "县", "镇", "乡", "街道"]
TOPICS = "招商引资 乡村振兴 安全生产 生态环保 信访维稳 营商环境 科技创新 民生实事 文明创建 城市更新 防汛抗旱 疫情防控 教育发展 医疗卫生 养老服务 就业创业 基层治理 党风廉政 项目建设 财税金融".split()  # noqa: E501
TITLES = [
    "区委书记",
    "区长",
    "副区长",
    "区委副书记",
    "县委书记",
    "县长",
    "镇党委书记",
    "局长",
    "主任",
]
ROLE_VERBS = {
    "chair": "主持会议并讲话",
    "speaker": "在讲话中强调",
    "attendee": "出席会议",
    "nonvoting": "列席会议",
    "leader": "率队调研",
    "accompanying": "陪同调研",
    "mentioned": "提出要求",
}
PHRASES = (
    "要坚持稳中求进工作总基调 全面准确把握经济运行态势 推动高质量发展 狠抓重大项目招引建设 "
    "持续优化营商环境 加强监测预警分析 深化平台公司改革 守牢安全生产底线 统筹发展与安全 "
    "做好信访维稳工作 强化舆情管控 维护社会大局稳定 扎实推进乡村振兴 加快三大片区建设 "
    "提升城市功能品质 加大民生实事项目推进力度 压紧压实工作责任 确保各项任务落地见效 "
    "学习贯彻党的二十届三中全会精神 不断把党纪学习教育引向深入 强化科技创新成果转化 "
    "推进稳岗就业 抓好防汛抗旱各项工作 全力以赴抓好项目建设 推动产业转型升级 "
    "加强基层党组织建设 提升基层治理水平 做好为企业服务 提振市场主体信心 开展安全隐患排查整治 "
    "全面总结上半年工作 对下半年各项任务进行全面部署 听取有关部门工作汇报 研究部署下一步工作"
).split()
WORKS = "企业 园区 项目 工地 社区 学校 医院 养老院 农业基地 物流中心 产业园 开发区".split()


def make_people(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    from public_records.script import to_traditional

    people, seen = [], set()
    while len(people) < n:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if name not in seen:
            seen.add(name)
            people.append((f"p{len(people):04d}", name, to_traditional(name)))
    return people


def generate(n: int, seed: int = 4) -> list[SearchDoc]:
    """n deterministic synthetic records (about 600 to 1,400 characters each)."""
    from public_records.script import to_traditional

    rng = random.Random(seed)
    people = make_people(rng, max(50, n // 100))
    places = [
        (f"pl{i}", s + k)
        for i, (s, k) in enumerate((s, k) for s in PLACE_STEMS for k in PLACE_KINDS)
    ]
    topics = [(f"t{i}", t) for i, t in enumerate(TOPICS)]
    docs = []
    for i in range(n):
        year = 2015 + (i * 10) // n
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice((f"{year}-{month:02d}-{day:02d}",) * 8 + (f"{year}-{month:02d}", ""))
        pid, place = rng.choice(places)
        cast = rng.sample(people, rng.randint(2, 6))
        roles = {
            p[0]: (rng.choice(ROLES[:3]),) if k else ("chair", "speaker")
            for k, p in enumerate(cast)
        }
        chair = cast[0]
        title = f"{place}召开{rng.choice(TOPICS)}工作推进会"
        parts = [
            f"{month}月{day}日，{place}召开{rng.choice(TOPICS)}工作推进会。",
            f"{rng.choice(TITLES)}{chair[1]}{ROLE_VERBS['chair']}。",
            "领导" + "、".join(p[1] for p in cast[1:]) + "等出席。",
        ]
        for _ in range(rng.randint(10, 24)):
            who = rng.choice(cast)
            said = "，".join(rng.sample(PHRASES, rng.randint(2, 4)))
            parts.append(f"{who[1]}{ROLE_VERBS[roles[who[0]][0]]}，{said}。")
            if rng.random() < 0.2:
                parts.append(
                    f"会前，{who[1]}赴{rng.choice(places)[1]}{rng.choice(WORKS)}现场调研5G和AI应用。"
                )
        text = "".join(parts)
        topic_ids = rng.sample(topics, rng.randint(0, 3))
        docs.append(
            SearchDoc(
                id=f"{i:06d}",
                path=f"records/{i:06d}/",
                title_hans=title,
                title_hant=to_traditional(title),
                text_hans=text,
                text_hant=to_traditional(text),
                date=date,
                place_id=pid,
                place_hans=place,
                place_hant=to_traditional(place),
                officials=tuple((p[0], p[1], p[2], roles[p[0]]) for p in cast),
                topics=tuple((t[0], t[1], to_traditional(t[1])) for t in topic_ids),
            )
        )
    return docs


def query_set(docs: list[SearchDoc]) -> list[tuple[str, str]]:
    """(label, query string) for the fixed query set, chosen from the generated data."""
    first = docs[0].officials[0]
    two = next(o for d in docs for o in d.officials if len(o[1]) == 2)
    year = next(d.date[:4] for d in reversed(docs) if d.date)
    return [
        ("name, 3 chars", f"q={quote(first[1])}"),
        ("name, Traditional", f"q={quote(first[2])}"),
        ("name, 2 chars", f"q={quote(two[1])}"),
        ("招商引资", "q=" + quote("招商引资")),
        ("区委书记 (Trad.)", "q=" + quote("區委書記")),
        ("经济运行 (common)", "q=" + quote("经济运行")),
        ("高质量发展 (5 chars)", "q=" + quote("高质量发展")),
        ("发展 (2 chars, everywhere)", "q=" + quote("发展")),
        ("two terms", "q=" + quote("乡村振兴 安全生产")),
        ("推进会 (3 chars)", "q=" + quote("推进会")),
        ("二十届三中全会 (7 chars)", "q=" + quote("二十届三中全会")),
        ("经济运行 by relevance", "q=" + quote("经济运行") + "&sort=relevance"),
        ("5g (Latin)", "q=5g"),
        ("冷链物流 (no hit)", "q=" + quote("冷链物流")),
        ("filter only", f"official={first[0]}&role=chair&year={year}"),
        ("query + filter", f"q={quote('招商引资')}&year={year}"),
    ]


def measure_queries(site: Path, queries: list[tuple[str, str]]) -> list[dict]:
    from tests.search_site import CHROMIUM, served_in_chromium

    if not CHROMIUM.exists():
        print("chromium not found at /usr/bin/chromium: query figures skipped")
        return []

    rows = []
    with served_in_chromium(site) as (base, browser):
        for label, qs in queries:
            url = f"{base}/repo/search/?{qs}"
            context = browser.new_context()
            page = context.new_page()
            seen: list[tuple[str, int]] = []

            def on_response(response, seen=seen):
                path = urlsplit(response.url).path
                if "/search/idx/" in path:
                    seen.append((path, len(response.body())))

            page.on("response", on_response)
            page.goto(url)
            page.wait_for_selector("[data-search-index][data-state=done]", timeout=120000)
            cold_ms = int(page.get_attribute("[data-search-index]", "data-ms"))
            count = page.get_attribute("[data-search-index]", "data-count")
            cold = list(seen)
            # warm: the same query again in the same page (files already fetched)
            page.evaluate("document.getElementById('search-form').requestSubmit()")
            page.wait_for_selector("[data-search-index][data-state=done]")
            warm_ms = int(page.get_attribute("[data-search-index]", "data-ms"))
            # warm reload: a new page load in the same browser (HTTP cache, fresh JS)
            page.goto(url + "&reload=1")
            page.wait_for_selector("[data-search-index][data-state=done]", timeout=120000)
            reload_ms = int(page.get_attribute("[data-search-index]", "data-ms"))
            context.close()
            rows.append(
                {
                    "query": label,
                    "results": count,
                    "requests": len(cold),
                    "kib": round(sum(b for _, b in cold) / 1024, 1),
                    "cold_ms": cold_ms,
                    "warm_ms": warm_ms,
                    "reload_ms": reload_ms,
                }
            )
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    return rows


def _tree_pss_kb(root: int) -> int:
    """Summed PSS (proportional set size) of a process and its descendants, in KiB."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


class PeakMemory:
    """Samples the summed PSS of this process tree in a thread; .peak_mb after stop()."""

    def __init__(self, every: float = 0.5) -> None:
        self.every, self.peak_kb = every, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, _tree_pss_kb(os.getpid()))
            self.done.wait(self.every)

    def __enter__(self) -> PeakMemory:
        if Path("/proc/self/smaps_rollup").exists():
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()

    @property
    def peak_mb(self) -> int | None:
        return round(self.peak_kb / 1024) if self.peak_kb else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "search")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--workers", type=int, default=None, help="index build processes")
    parser.add_argument(
        "--delta", type=int, default=0, help="records left out of the main build, then added"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    docs = generate(args.records)
    gen_s = time.perf_counter() - started
    chars = sum(len(d.text_hans) for d in docs)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"generated {len(docs)} records, {chars / len(docs):.0f} chars each, in {gen_s:.1f} s")

    from public_records.search.delta import update_index

    from tests.search_site import write_pages

    site = args.out / (f"site-{args.records}" + (f"-delta{args.delta}" if args.delta else ""))
    if site.exists():
        shutil.rmtree(site)
    idx = site / "repo" / "search" / "idx"
    state = site / "search-state.json"
    held = set(range(len(docs) - 1, -1, -max(1, len(docs) // max(1, args.delta)))[: args.delta])
    main_docs = [d for i, d in enumerate(docs) if i not in held]

    def cpu(who: int) -> float:
        usage = resource.getrusage(who)
        return usage.ru_utime + usage.ru_stime

    cpu0, kids0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    load0 = os.getloadavg()
    with PeakMemory() as memory:
        stats = update_index(main_docs, idx, state, code="bench", workers=args.workers).index
    cpu_s = cpu(resource.RUSAGE_SELF) - cpu0
    kids_s = cpu(resource.RUSAGE_CHILDREN) - kids0
    update = None
    if args.delta:
        cpu1, kids1, wall1 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.time()
        made = update_index(docs, idx, state, code="bench", workers=args.workers)
        update = {
            "mode": made.mode,
            "reason": made.reason,
            "records_added": len(held),
            "wall_s": round(time.time() - wall1, 2),
            "cpu_s": round(
                cpu(resource.RUSAGE_SELF) - cpu1 + cpu(resource.RUSAGE_CHILDREN) - kids1, 2
            ),
            "files_written": made.files,
            "bytes_written": made.bytes,
            "delta_records": made.delta_records,
            "load_avg": [round(x, 1) for x in os.getloadavg()],
        }
        print(json.dumps({"update": update}, ensure_ascii=False), flush=True)
    write_pages(site / "repo", docs, siteurl="/repo", record_pages=False)
    summary = {
        "records": stats.docs,
        "workers": stats.workers,
        "build_s": round(stats.seconds, 1),
        # CPU seconds are less sensitive than wall time to a busy machine
        "build_cpu_s": round(cpu_s + kids_s, 1),
        "build_cpu_s_main": round(cpu_s, 1),
        "load_avg_before": [round(x, 1) for x in load0],
        "load_avg": [round(x, 1) for x in os.getloadavg()],
        "peak_pss_tree_mb": memory.peak_mb,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "rss_before_build_mb": round(rss_before),
        "index_mb": round(stats.bytes / 1e6, 1),
        "files": stats.files,
        "by_kind": {k: [f, round(b / 1e6, 2)] for k, (f, b) in stats.by_kind.items()},
        "shards": [stats.g_shards, stats.q_shards, stats.r_shards, stats.p_shards],
        "own_files": stats.big_files,
    }
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    rows = [] if args.no_browser else measure_queries(site, query_set(docs))
    report = {"build": summary, "update": update, "queries": rows}
    suffix = f"-delta{args.delta}" if args.delta else ""
    (args.out / f"report-{args.records}{suffix}.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1)
    )
    if rows:
        print(
            f"{'query':28} {'results':>7} {'req':>4} {'KiB':>7} "
            f"{'cold':>6} {'warm':>5} {'reload':>6}"
        )
        for r in rows:
            print(
                f"{r['query']:28} {r['results']:>7} {r['requests']:>4} {r['kib']:>7} "
                f"{r['cold_ms']:>6} {r['warm_ms']:>5} {r['reload_ms']:>6}"
            )


if __name__ == "__main__":
    main()

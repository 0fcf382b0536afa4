"""Floors on the extractor's F1 over every annotated corpus: they can only rise.

Each floor is the figure measured when it was set, rounded DOWN to 0.01.  When a change raises a
figure, raise its floor in the same commit; never lower one to make a change pass (a lower figure
is a regression to fix, or a gold error to fix in the gold file, said so in the commit).

Splits: the seeds (``corpus/gold-dev``, the repository's copy of ``../shared/gold-dev``, plus
``corpus/seeds-gold``), the unseen corpus's dev
split (read while writing rules), its val split (scored in aggregate only, to check that rules
carry over), and its blind split.  The blind split's floors come from ``BLIND_FLOORS``, filled by the
integrator with the figures measured when a release is made; until then its test skips.  Only
totals are asserted and shown, never a document (the blind split is not read while writing rules).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from policybot.knowledge.extract.corpus_score import CorpusScore, find_documents, score_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXTS = ROOT / "policybot" / "seeds"
SEED_GOLD = (ROOT / "corpus" / "gold-dev", ROOT / "corpus" / "seeds-gold")

Floors = dict[str, float]

# Batch 39 (branch ext41): B39-6 (a group named before "各成员单位" answers through its members)
# dropped a seed's false unit: units 0.984 (61/63/61) -> 0.992 (61/62/61), floor 0.98 -> 0.99.
# Batch 55 (branch ext62): B55-6 (a group addressed as "…领导小组成员单位" is its members, not the
# group) dropped the last one: units 0.992 -> 1.0 (61/61/61), floor 0.99 -> 1.0.
SEED_FLOORS: Floors = {
    "targets": 1.0,
    "milestones": 0.98,
    "recurring": 0.95,
    "rewards": 1.0,
    "units": 1.0,
    "metadata": 1.0,
}
# The unseen corpus grew from 34 to 70 documents (batch 2, its figures measured fresh before
# anyone tuned on it), so the dev and blind floors were set again on the larger splits.
# Batch 4 (16 documents, half to dev, half to val) was measured fresh before any tuning and the
# dev and val floors were set again on the grown splits (corpus/unseen/FAILURES.md, round 4).
# Batch 5 (18 documents, 9 dev / 4 val / 5 blind) was measured fresh the same way and the dev and val
# floors were set again on the grown splits (corpus/unseen/FAILURES.md, round 5), then raised to
# the round-5 end figures.  Batch 6 (16 documents, 8 dev / 4 val / 4 blind) was measured fresh the
# same way; the dev and val floors were set again on the grown splits at the round-6 end figures.
# Round 7 (no new documents) raised them to its end figures (targets 0.985, milestones 0.907,
# rewards 0.980, conditions 0.971); round 8 raised metadata to 0.991.  Batch 7 (17 documents, 8 dev / 4 val / 5 blind) was measured
# fresh before any tuning (round 8 start); with its 8 dev documents in, the dev floors were set
# again on the grown split (79 documents): milestones 0.907 -> 0.824, rewards 0.980 -> 0.937,
# units 0.978 -> 0.953, tasks 0.928 -> 0.877, conditions 0.971 -> 0.857.  Round 9 (the batch-7
# dev classes) raised them to its end figures: milestones 0.911, rewards 0.983, units 0.980,
# tasks 0.935, conditions 0.979, metadata 0.992 (targets 0.987 stays at 0.98).
# Round 11 (the batch-8 dev classes, branch rules11) raised units to 0.983, tasks to 0.946 and
# conditions to 0.980 with batch 8 in; milestones (0.845) and metadata (0.989) stay below.
# Batch 8 added 16 documents measured fresh (8 dev, 4 val, 4 blind; FAILURES.md "Batch 8
# fresh"); rounds 10-13 followed. Floors set at the integrated figures: dev metadata 0.99 -> 0.98
# (b8_04's region comes only from a one-character doc-number prefix no vocabulary resolves),
# val targets/milestones/metadata lower (batch 8's val documents: 6 of 7 targets lost to a
# region), val rewards/units/tasks/conditions raised (rounds 10 and 13); blind rewards 0.69 ->
# 0.68 (batch 8's blind documents; the same figure before and after round 13), every other blind
# floor raised.
# Batch 9 added 15 documents measured fresh (7 dev, 4 val, 4 blind; FAILURES.md "Batch 9 fresh"):
# with them, dev milestones fell to 0.846 and recurring to 0.947; the batch-9 dev classes (round
# 14, branch batch9) brought dev back above every floor (milestones 0.916, recurring 1.0) and
# raised tasks to 0.959 (floor 0.94 -> 0.95), targets, rewards and units to 0.991 (floors 0.98
# -> 0.99).
# Batch 10 (12 documents, 6 dev / 3 val / 3 blind) was measured fresh before any rule (dev with it:
# targets 0.962, milestones 0.850, rewards 0.986, units 0.988, conditions 0.943, metadata 0.983);
# round 15 (branch extract10, the batch-10 dev classes) brought every dev figure back to or above
# its floor and raised tasks to 0.962 (floor 0.95 -> 0.96); targets 0.990, milestones 0.918,
# rewards 0.991, units 0.992, conditions 0.982, metadata 0.987 hold theirs.
# Round 16 (generality, branch extract11): signing dates in other forms (2031.3.5, with a remark)
# raised metadata 0.987 -> 0.990 (floor 0.98 -> 0.99); every other dev figure held.
# Batch 11 (6 documents, all dev: a dev-only batch measured fresh; FAILURES.md "Batch 11 (dev
# only)") lowered dev with it in (106 documents): targets 0.932, milestones 0.903, rewards 0.954,
# conditions 0.857, metadata 0.984. Its classes B11-1..3 (branch extract13) brought targets to
# 0.979, rewards to 0.976 and metadata to 0.987; floors set on the grown split at those figures
# (targets 0.99 -> 0.97, milestones 0.91 -> 0.90, rewards 0.99 -> 0.97, conditions 0.98 -> 0.85,
# metadata 0.99 -> 0.98): the new documents, not a rule, lowered them (the 100 earlier documents
# score as before).
# Batch 12 (5 dev documents, measured fresh before any rule; corpus/unseen/FAILURES.md "Batch 12")
# lowered dev with it in (111 documents): targets 0.975, milestones 0.896, rewards 0.956, units
# 0.984, tasks 0.946, conditions 0.794. Its classes B12-1..5 and batch 11's B11-4/B11-7 (branch
# extract14) brought targets to 0.981 (floor 0.97 -> 0.98), rewards to 0.993 (B11-5; floor 0.97 ->
# 0.99), units 0.992, tasks 0.964 and conditions 0.933 (floor 0.85 -> 0.93);
# milestones stay at 0.896 (one dated goal without a number, "到2020年末,全市基本实现…", that the
# gold of the new document leaves out): the new documents, not a rule, lowered it (floor 0.90 ->
# 0.89; the 106 earlier documents score as before).
# Batch 13 (9 documents, 4 dev / 2 val / 3 blind, targets-rich plans) measured fresh with the dev
# split at 115 documents: targets 0.981 -> 0.960, milestones 0.896 -> 0.870, recurring 1.0 -> 0.952,
# units 0.992 -> 0.989. The batch-13 classes B13-1..6 (branch extract16) brought targets to 0.983,
# milestones to 0.896 and recurring to 1.0; units fell to 0.989 with the new documents (one unit,
# "由市环保局…另行下达", that no pattern read). Two more dev classes of the round (a share of members passing a bar; a
# heading "2046年主要工作安排" is no milestone) raised targets to 0.985 and milestones to 0.902 (floor
# 0.89 -> 0.90); B13-8 ("由市环保局根据…另行下达" names a unit) raised units to 0.992 (floor back to 0.99).
# Round 21 (branch extract15: B11-4..7 and the open classes, merged over rounds 19-20) raised
# targets 0.985 -> 0.990, milestones 0.902 -> 0.909, conditions 0.933 -> 0.963 and metadata 0.988 ->
# 0.991 on the 115 documents (floors targets 0.98 -> 0.99, conditions 0.93 -> 0.96, metadata 0.98 ->
# 0.99); val unchanged.
# Batch 14 (12 documents, 6 dev / 3 val / 3 blind: recurring rules, reward notices and rules, task
# plans) measured fresh; with its 6 dev documents in (121) and round 22's rules (branch extract17,
# merged over round 21): targets 0.990, milestones 0.903, rewards 0.993, units 0.993 hold their
# floors; the new documents, not a rule, lowered recurring 1.0 -> 0.96 (a quarterly duty the
# extractor reads as dated hand-ins, B14-7), tasks 0.964 -> 0.950 (two tasks the new gold leaves
# out, B14-11), conditions 0.963 -> 0.953 (a no_stacking clause cut by its excerpt, B14-10) and
# metadata 0.991 -> 0.989 (a new area's region, B14-9): floors set at those figures.
# Batch 15 (11 documents, 5 dev / 3 val / 3 blind: annual task splits, economic plans, a 补短板 plan)
# measured fresh; with its 5 dev documents in (126) the new documents lowered targets 0.992 -> 0.985,
# milestones 0.903 -> 0.878, units 0.993 -> 0.981 and tasks 0.950 -> 0.935; the batch-15 rules (B15-1..6,
# branch ext15) brought them back to targets 0.991, milestones 0.905, units 0.993 and tasks 0.952
# (with b15_04's task added to its gold after the fresh run, the corpus convention): every floor holds.
# Batch 16 (10 documents, 5 dev / 2 val / 3 blind: reward notices and rules, metadata forms)
# measured fresh; with its 5 dev documents in (126): rewards 0.934 fresh -> 0.994 with the batch-16
# rules (branch ext16), a definition's body no task (units 0.990 -> 0.993, tasks 0.942 -> 0.950);
# conditions 0.944 (the new gold leaves out a title's definition the extractor reads as scope,
# B16-7): the new documents, not a rule, lowered it (floor 0.95 -> 0.94).
# Batch 17 (9 documents, 4 dev / 2 val / 3 blind: a per-district quota table, 十四五 energy plans, task
# split notices) measured fresh; with its 4 dev documents in (130) the new documents lowered targets
# 0.991 -> 0.930 and milestones 0.905 -> 0.899: a progress notice's 27 district quotas and its one
# milestone carry region null in the gold (the text names its city nowhere, the batch-14 convention)
# while the extractor places the districts' city, so none can match. The batch-17 rules (B17-1..3)
# raised targets to 0.933; B17-2 adds that notice's milestone with the right date, unmatched for the
# same region reason (milestones 0.893): floors set at those figures, not lowered by a rule elsewhere.
# The integrator then reversed the region call for that notice (its body names only one municipality's
# districts, so the region is that municipality; SOURCES.md, batch 17): dev targets 0.991, milestones
# 0.907, and the floors are back at 0.99 and 0.90.
# Batch 18 (corpus/unseen/SOURCES.md, "Batch 18") added 4 dev documents, measured fresh; with them
# (139) and the code before its rules: targets 0.984, rewards 0.967, units 0.966, tasks 0.924,
# conditions 0.938. The batch-18 rules B18-1..6 (branch ext18) brought targets to 0.991, rewards to
# 0.976, units to 0.994 and tasks to 0.940; the new documents, not a rule, lowered rewards (a rate
# rule's tiers under one ceiling, not read), tasks (a task whose first sentence is its title) and
# conditions (an entry threshold the gold reads as scope): floors 0.99 -> 0.97, 0.95 -> 0.94,
# 0.94 -> 0.93 (the 135 earlier documents score as before).
# Round 24 (branch extract): project bands joined by 和 under one rate, with the paragraph's later
# per-project ceiling (the batch-18 sub-district rule), raised rewards 0.976 -> 0.994 (floor 0.97 ->
# 0.99); every other dev figure held.
# Batch 19 (corpus/unseen/SOURCES.md, "Batch 19") added 5 dev documents, measured fresh; with them
# (144) and the code before its rules: targets 0.985, milestones 0.886, tasks 0.928, metadata
# 0.991. The batch-19 rules B19-1..8 (branch b19) brought targets to 0.992, milestones to 0.904,
# tasks to 0.942 and metadata to 0.993 (issued 1.0): every floor holds, metadata 0.98 -> 0.99.
# Batch 20 (corpus/unseen/SOURCES.md, "Batch 20": reward rules and grant notices) added 4 dev
# documents, measured fresh; with them (143) and the code before its rules: targets 0.989, rewards
# 0.966, conditions 0.882, metadata 0.986. The batch-20 rules B20-1..10 (branch b20,
# tests/test_extract_batch20_classes.py) brought targets to 0.991, rewards to 0.992 (with the open
# batch-18 class of rate bands under one ceiling), conditions to 0.942 and metadata to 0.993:
# floors rewards 0.97 -> 0.99, conditions 0.93 -> 0.94, metadata 0.98 -> 0.99.
# Stop 27 integration (branches extract, b19, b20 merged; figures measured on the merged code):
# dev 148 documents.
# Batch 21 (corpus/unseen/SOURCES.md, "Batch 21": annual task lists, grant notices) added 5 dev
# documents, measured fresh; with them (153) and the code before its rules: targets 0.990,
# milestones 0.893, rewards 0.973, metadata 0.991. The batch-21 rules B21-1..5 (branch b21,
# tests/test_extract_batch21_classes.py) brought targets to 0.992, milestones to 0.904, rewards to
# 0.992 and metadata to 0.993 (no earlier dev document changed): every floor holds.
# Batch 22 (corpus/unseen/SOURCES.md, "Batch 22": annual task decompositions and commendation
# notices) added 4 dev documents, measured fresh (152, one refused as having no plan content):
# targets 0.991, rewards 0.981, tasks 0.887 (a mirror's lost item numbers, "分别" over named
# places, a project's capacity). The batch-22 rules B22-1..3 (branch b22,
# tests/test_extract_batch22_classes.py) brought targets to 0.992, rewards to 0.992 and tasks to
# 0.940: every dev floor holds.
# Batch 23 (corpus/unseen/SOURCES.md, "Batch 23": target-heavy sector plans with per-year horizons,
# annual task notices) added 4 dev documents, measured fresh (161): targets 0.967, milestones
# 0.855, units 0.987, tasks 0.937, metadata 0.992. The batch-23 rules B23-1..4 (branch b23,
# tests/test_extract_batch23_classes.py) brought targets to 0.992, milestones to 0.892 and metadata
# to 0.994 (no earlier dev document changed). The new documents, not a rule, lowered milestones
# (0.904 on the 157 earlier -> 0.892), units (0.992 -> 0.987: a plan's "市、县政府是…责任主体" and a
# notice's 常务会议 read as a unit) and tasks (0.942 -> 0.937): floors 0.90 -> 0.89, 0.99 -> 0.98,
# 0.94 -> 0.93.
# Batch 25 (corpus/unseen/SOURCES.md, "Batch 25": sector plans outside Zhejiang/Guangdong, two water
# plans, four reward rules with rates and caps) added 5 dev documents, measured fresh (166, two
# refused as having no plan content): targets 0.981, milestones 0.865, rewards 0.956, conditions
# 0.937, metadata 0.992. The batch-25 rules B25-1..13 (branch b25,
# tests/test_extract_batch25_classes.py) brought targets to 0.991, milestones to 0.897, rewards to
# 0.993, conditions to 0.946 and metadata to 0.994 (one refusal left; no earlier dev document
# changed): every dev floor holds.
# Batch 24 (corpus/unseen/SOURCES.md, "Batch 24": a province's and a city's quota tables, grant and
# commendation notices, task notices) added 5 dev documents, measured fresh (166): targets 0.973,
# milestones 0.884, conditions 0.933. The batch-24 rules B24-2..4 (branch b24,
# tests/test_extract_batch24_classes.py) brought targets to 0.974, milestones to 0.895 (with the
# year-end check step of b24_08 added to its gold after the fresh run, the b8_03 convention) and
# conditions to 0.943. Batch 24 lowered targets (0.992 on the 161 earlier -> 0.974): its province
# quota table (20 gold targets) is not read; the rule that reads it (B24-1, a lone "|" line between
# one-cell-per-line cells) was held back because it cost 4 dev questions (dev-staff) through the
# evaluation store: floor 0.99 -> 0.97.
# Stop 29 integration (batches 24 and 25 and round 26 merged; measured on the merged code, 171
# documents, one refused): targets 0.973, milestones 0.900, recurring 0.966, rewards 0.993, units
# 0.988, tasks 0.938, conditions 0.947, metadata 0.994: every dev floor holds (milestones exactly
# 0.900, kept at 0.89 so that a rounding of the division does not decide the test).
# B24-1 restored (branch extract27): the question it cost was jieba's total grown by each store
# name taught (vocabulary.add_words), which the same branch pins; dev targets 0.973 -> 0.991
# (171 documents, the province table's per-city targets read): floor 0.97 -> 0.99.
# Batch 26 (corpus/unseen/SOURCES.md, "Batch 26": quota splits, commendation notices, a rate-tier
# reward rule, task-split notices) added 5 dev documents, measured fresh (176, one refused): targets
# 0.982, tasks 0.920, units 0.983, metadata 0.991 (a notice of rewards and penalties read as goals, a
# province's bare "(财政厅牵头)", an issued plan's lead unit under its title). The batch-26 rules
# B26-1..5 (branch b26, tests/test_extract_batch26_classes.py) brought targets to 0.991, units to
# 0.988, tasks to 0.939 and metadata to 0.994 (no earlier dev document changed): every floor holds.
# Batch 27 (corpus/unseen/SOURCES.md, "Batch 27": task-split notices, reward rules, a county plan)
# added 5 dev documents, measured fresh (181, one refused): targets 0.985, milestones 0.885, rewards
# 0.987, units 0.985, tasks 0.933, conditions 0.932, metadata 0.991. The batch-27 rules B27-1..10
# (branch b27, tests/test_extract_batch27_classes.py) brought targets to 0.991, milestones to 0.900,
# rewards to 0.993, units to 0.988 and metadata to 0.994 (no earlier dev document changed). The new
# documents, not a rule, lowered conditions 0.947 -> 0.932 (a reward rule's scope "凡…以后…引进的" and
# its payment schedule, unread); B27-9 (the same branch) reads both and brings conditions to 0.950:
# floor 0.94 -> 0.95. Tasks 0.939 -> 0.933 (a task of a cut-off last paragraph) holds 0.93.
# Round 30 (branch extract30, tests/test_extract_round30.py): reports listed by quarter ("将第一、
# 第二、第三季度及全年…情况…报送…") read as a quarterly duty brought recurring 0.966 -> 1.0 (181
# documents, b14_02 only changed): floor 0.96 -> 0.99.
# Batch 29 (corpus/unseen/SOURCES.md, "Batch 29": sector action plans, ecology plans, a task-split
# notice) added 5 dev documents, measured fresh (186, one refused): targets 0.992, milestones 0.895,
# recurring 1.0, rewards 0.991, units 0.988, tasks 0.934, conditions 0.950, metadata 0.993. The
# batch-29 rules B29-1..6 (branch b29, tests/test_extract_batch29_classes.py) brought rewards to
# 0.993 and metadata to 0.995 (none refused); no earlier dev document changed. Every floor holds
# (the new documents lowered milestones 0.900 -> 0.895, a headline aim "到2025年,初步建成…" the gold
# leaves out: floor 0.89 holds).
# Batch 28 (corpus/unseen/SOURCES.md, "Batch 28": quality/brand plans outside Zhejiang/Guangdong,
# 市长质量奖 rules cut before their sums, a 奖补 payout notice, a city's growth 实施方案) added 5 dev
# documents, measured fresh (186, one refused): targets 0.970, rewards 0.989, units 0.976, tasks
# 0.922, conditions 0.912, metadata 0.991. The batch-28 rules B28-1..9 (branch b28,
# tests/test_extract_batch28_classes.py) brought targets to 0.990, rewards to 0.993, units to 0.988,
# tasks to 0.929, conditions to 0.955 and metadata to 0.995 (no refusal left; the 181 earlier
# documents score as before: targets 0.991, tasks 0.933). The new documents, not a rule, lowered
# targets (a 实施方案's budget "整合3000万元资金…" the gold dates to its year, read undated: 0.9898)
# and tasks (a prize committee's standing duties "评委会负责…" read as a task the gold leaves out):
# floors 0.99 -> 0.98 and 0.93 -> 0.92.
# Batch 30 (corpus/unseen/SOURCES.md, "Batch 30": task-split lists, month/quarter plans, reward rules
# with conditions) added 5 dev documents, measured fresh (191): targets 0.983, milestones 0.885,
# recurring 1.0, rewards 0.989, units 0.961, tasks 0.931, conditions 0.913, metadata 0.993. The
# batch-30 rules B30-1..6 (branch b30, tests/test_extract_batch30_classes.py) brought targets to
# 0.992, milestones to 0.890, rewards to 0.993, units to 0.987, tasks to 0.936 and metadata to 0.995;
# no earlier dev document changed except b10_11 (one more target matched). The new documents, not a
# rule, lowered conditions 0.950 -> 0.913 (a reward rule cut before its sums whose definitions of
# 奖励对象 and 项目 the gold keeps as five conditions, one read): floor 0.95 -> 0.91.
# Stop 32 integration (batches 28, 29 and 30 with their rules and trialext32's, 196 documents, none
# refused): targets 0.991, milestones 0.885, recurring 1.0, rewards 0.994, units 0.987, tasks 0.932,
# conditions 0.921, metadata 0.995. The new documents, not a rule, lowered milestones 0.890 -> 0.885
# (b30_07's quarterly column step unread, one step each predicted in b28_09 and b29_01 that their
# gold leaves out; no earlier document changed): floor 0.89 -> 0.88. Tasks 0.93 and conditions 0.92
# as measured together.
# Batch 31 (corpus/unseen/SOURCES.md, "Batch 31": 2024-25 annual plans, grant notices naming a year's
# fund, a 公示) added 5 dev documents, measured fresh (201, none refused): targets 0.982, milestones
# 0.872, recurring 1.0, rewards 0.987, units 0.983, tasks 0.927, conditions 0.921, metadata 0.995.
# The batch-31 rules B31-1..6 (branch b31, tests/test_extract_batch31_classes.py) brought targets to
# 0.991 (floor 0.98 -> 0.99), milestones to 0.883, rewards to 0.994 and units to 0.987; no earlier
# dev document changed except b11_01 (its 公示 range now read as a phase its gold leaves out). The
# new documents, not a rule, lowered tasks 0.932 -> 0.927 (b31_01's "由市发展改革委会同…另行下达"
# task, unread; the rule that reads it also reads b13_08's like clause, whose gold keeps the unit
# only, and was dropped): floor 0.93 -> 0.92.
# Batch 32 (corpus/unseen/SOURCES.md, "Batch 32": S&T / livelihood / rural 实施意见 and 行动方案, a
# 工作要点, an amended prize rule) added 5 dev documents, measured fresh (201, none refused): targets
# 0.975, milestones 0.880, recurring 0.941, rewards 0.985, units 0.953, tasks 0.932, conditions
# 0.908, metadata 0.992. The batch-32 rules B32-1..8 (branch b32, tests/test_extract_batch32_classes.py)
# brought targets to 0.9895 (floor 0.98 holds), milestones to 0.885, recurring back to 1.0, rewards
# to 0.994, units to 0.988, conditions to 0.923 and metadata to 0.993; no earlier dev document
# changed. Every dev floor holds.
# Round 33 (branch extopen33, the open classes of batches 28-30, tests/test_extract_open33.py; no
# new documents) raised milestones 0.885 -> 0.921 (floor 0.88 -> 0.92) and conditions 0.921 ->
# 0.979 (floor 0.92 -> 0.97); rewards 0.996, units 0.989 and tasks 0.937 rose within their floors.
# Round 33 (branch gold33; corpus/SCHEMA.md "Conventions settled") made the dev golds agree: dated
# qualitative aims and dated 公示 periods are milestones (6 golds given the 7 milestones they left
# out: milestones 0.883 -> 0.923), a department charged with "另行下达" holds a task (b13_08 given it:
# tasks 0.927 -> 0.921); rule C33-1 (B31-7 re-implemented) then read both tasks: tasks 0.933.
# Floors: milestones 0.88 -> 0.92, tasks 0.92 -> 0.93.
# Stop 33 integration (batches 31 and 32, rounds 33's rules and conventions, the vision filter
# O33-7 reversed under convention 1), measured on the merged code (206 documents, none refused):
# targets 0.9895 (floor 0.98: the two batches' documents, 0.991 and 0.9895 alone, meet at 0.9895),
# milestones 0.933, recurring 1.0, rewards 0.996, units 0.990, tasks 0.939, conditions 0.980,
# metadata 0.994: milestones 0.92 -> 0.93, conditions 0.97 kept.
# Round 33 (branch aims33, tests/test_extract_aims33.py; no new documents): measured from main
# 0733a31 (milestones 0.933, tasks 0.939), its rules brought milestones to 0.943 (b2_08 and b23_05
# one false milestone fewer each) and tasks to 0.944 (b14_02's cut duty gone): floors milestones
# 0.93 -> 0.94, tasks 0.93 -> 0.94.
# Batch 33 (branch ext35; 5 dev documents measured fresh, 211 documents, 1 refused): targets 0.990,
# milestones 0.943, recurring 1.0, rewards 0.996, units 0.986, tasks 0.924, conditions 0.980,
# metadata 0.992. The new documents, not a rule, lowered tasks 0.944 -> 0.924 (a district plan's
# item split by three unit notes read as one heading-titled task: 1/3/3); after B33-1..3 (see
# tests/test_extract_batch33_classes.py) tasks 0.935 and metadata 0.995: floor tasks 0.94 -> 0.93.
# Batch 34 (branch ext36; 6 dev documents measured fresh, 217 documents, 1 refused): targets 0.951,
# milestones 0.943, recurring 1.0, rewards 0.988, units 0.976, tasks 0.925, conditions 0.966,
# metadata 0.991 — the new documents lowered targets, rewards, units, tasks and conditions below
# their floors (two provinces' plans read without their region: 19 targets; "给予…最高150万元一次性
# 扶持" unread). After B34-1..8 (tests/test_extract_batch34_classes.py): targets 0.988, rewards
# 0.996, units 0.987, tasks 0.936, conditions 0.980, metadata 0.995; no earlier dev document
# changed. Every dev floor holds.
# Batch 35 (branch ext37; 6 dev documents measured fresh, 223 documents, 2 refused): targets 0.985,
# milestones 0.938, recurring 1.0, rewards 0.992, units 0.982, tasks 0.926, conditions 0.980,
# metadata 0.994 (a fund notice's listed sources and a page counter's date read as goals, a ratio
# reward's 参与单位 unread). After B35-1..6 (tests/test_extract_batch35_classes.py): targets 0.987,
# milestones 0.943, rewards 0.996, units 0.985, tasks 0.937; no earlier dev document changed (the
# older documents' counts are those of batch 34's end). B35-7 (a count of projects, money set aside
# for them) then read four older targets (b23_01, b34_09, b34_11 two): targets 0.990 (650/658/655).
# Every dev floor holds; targets 0.98 -> 0.99, conditions (0.980 since batch 34) 0.97 -> 0.98.
# Batch 36 (branch ext38; 5 dev documents measured fresh, 228 documents, 2 refused): targets 0.984,
# milestones 0.933, recurring 1.0, rewards 0.988, units 0.980, tasks 0.932, conditions 0.961,
# metadata 0.993 (a county quota list in a bracket read without its places, a reward rule cut before
# its sums read with no reward, a cited government taken for the issuer). After B36-1..8
# (tests/test_extract_batch36_classes.py): targets 0.990 (656/664/661), milestones 0.938 (91/93/101),
# rewards 0.994, units 0.985, conditions 0.974 (76/79/77), metadata 0.994; no earlier dev document
# changed. The new documents, not a rule, lowered milestones (a notice's "2011年初,市农委将…" read
# as a phase its gold keeps as a task) and conditions (a recipient list's second "某市籍" sentence
# read as a second scope): floors milestones 0.94 -> 0.93, conditions 0.98 -> 0.97.
# Batch 37 (branch ext39; 5 dev documents measured fresh, 233 documents, 2 refused): targets 0.984,
# milestones 0.905, rewards 0.983, units 0.982, tasks 0.927 (0.922 with the task added to b37_02's
# gold after the fresh run), conditions 0.951, metadata 0.986 (rate subsidies read as goals, month-only milestones of a
# plan dated by the notice it carries out read with no date, banded sums read as one reward). After
# B37-1..7 (tests/test_extract_batch37_classes.py): targets 0.990 (657/665/662), milestones 0.928
# (96/99/108), rewards 0.994 (265/266/267), units 0.984, tasks 0.928 (90/94/100), conditions 0.964
# (80/84/82), metadata 0.990; no earlier dev document changed. The new documents, not a rule,
# lowered milestones (a plan's "3月底完成…道路建设" beside "3月底前完成…规划设计" unread), tasks (a
# set-up 领导组's duty unread) and conditions (a scope sentence read as two): floors milestones
# 0.93 -> 0.92, tasks 0.93 -> 0.92, conditions 0.97 -> 0.96.
# Batch 38 (branch ext40; 5 dev documents measured fresh, 238 documents, 2 refused): targets 0.984
# (660/674/667), milestones 0.923, rewards 0.991, units 0.982, tasks 0.929, conditions 0.941
# (80/85/85), metadata 0.989 (a 责任分解 notice's list sizes read as goals, a 招商 rule's "给与奖励"
# unread and its principle read as a reward, an action plan's project sizes read as goals). After
# B38-1..10 (tests/test_extract_batch38_classes.py): targets 0.992 (662/668/667), milestones 0.928
# (97/100/109), rewards 0.994, units 0.986, tasks 0.934 (92/96/101), conditions 0.959 (82/86/85),
# metadata 0.992; earlier dev documents changed only upward (b37_04, b37_05, b37_08, b32_10). Tasks
# rose (floor 0.92 -> 0.93). The new documents, not a rule, lowered conditions (a cut 招商 rule's
# paying treasury unread and its 奖励对象 sentence read as scope: the batch alone 2/3/3; the 233
# earlier documents score 80/83/82): floor 0.96 -> 0.95.
# Batch 39 (branch ext41; 5 dev documents measured fresh, 243 documents, 2 refused): targets 0.990
# (663/671/668), milestones 0.924 (97/100/110), rewards 0.994, units 0.981 (281/284/289), tasks
# 0.928 (96/101/106), conditions 0.933 (84/88/92), metadata 0.990 (a prize's winner quota and a
# split of prize money read as goals, 领取 no-stacking and a prize's payer unread, a 落款 date
# without 日, a 会同 list of short names cut). After B39-1..8 (tests/test_extract_batch39_classes.py):
# targets 0.992 (663/669/668), units 0.986 (283/285/289), tasks 0.937 (97/101/106), conditions
# 0.957 (88/92/92), metadata 0.992; earlier dev documents changed only upward (b38_03). The new
# documents, not a rule, keep milestones at 0.924 (a province 方案's undated "6月底前" step): every
# dev floor holds.
# Batch 40 (branch ext42; 5 dev documents measured fresh, 248 documents, 2 refused): targets 0.984
# (663/677/671), milestones 0.894 (97/106/111), rewards 0.989, units 0.976 (285/287/297), tasks
# 0.924 (97/101/109), conditions 0.957 (90/94/94), metadata 0.989 (a time limit and an approved
# list's size read as goals, a paragraph's 到2025年 horizon not carried, the 兵团 unnamed, a list's
# lead read as a reward, an individual's sum split among awards, a chaired group's duty unread, a
# town's progress table). After B40-2..12 (tests/test_extract_batch40_classes.py): targets 0.990
# (666/675/671), milestones 0.903 (98/106/111), rewards 0.995, units 0.986 (291/293/297), tasks
# 0.929 (98/102/109), conditions 0.974 (92/95/94), metadata 0.992 (B40-12); earlier dev documents
# changed only upward (b38_03, b39_06: conditions floor 0.95 -> 0.97). The new documents, not a
# rule, lowered milestones and tasks (a town's 重点工作 progress table: 4 false milestones, 2 tasks
# missed; the 243 earlier documents score 97/100/110 and 97/101/106 as before): floors
# 0.92 -> 0.90 and 0.93 -> 0.92, and targets 0.9896 (the same table's 3 reported figures, "进度达
# 60%", "完成投资3000万元", read as goals; the 243 earlier documents score 663/669/668 as before):
# floor 0.99 -> 0.98, for the integrator to confirm.
# Batch 41 (8 documents: 4 dev, 2 val, 2 blind) was measured fresh before any rule: dev milestones
# 0.90 -> 0.91 and tasks 0.92 -> 0.93 (raised by B41-1/3: the progress table b40_07 read as two tasks,
# a consultation's closing day); dev conditions 0.97 -> 0.96 and metadata 0.99 -> 0.98 (new
# documents: a subsidy rule's two filing conditions unread, three regions the gazetteer does not
# place — a national zone, a district named only with its city, a reprint naming 本市 and 京津冀),
# for the integrator to confirm (corpus/unseen/FAILURES.md, "Batch 41").
# Batch 42 (branch ext44; 5 dev documents measured fresh, 257 documents, 3 refused): targets 0.988,
# milestones 0.917, rewards 0.979, units 0.979, tasks 0.935, conditions 0.959, metadata 0.982. After
# B42-1..19 (tests/test_extract_batch42_classes.py; b42_01's gold corrected by the round-33
# convention, said in its commit): targets 0.9907 (689/696/695), rewards 0.992, units 0.987, tasks
# 0.9395, conditions 0.975 (b41_07's two open conditions read), metadata 0.988 (b41_03, b41_07 placed):
# floors targets 0.98 -> 0.99, conditions 0.96 -> 0.97.
# Batch 43 (branch ext47; 5 dev documents measured fresh, 262 documents, 2 refused): targets 0.980
# (the batch alone 0/15/0), milestones 0.908, rewards 0.990, conditions 0.965, metadata 0.986. After
# B43-1..8 (tests/test_extract_batch43_classes.py; b43_07's region written as the b40_07 convention,
# said in its commit): targets 0.991, milestones 0.917, rewards 0.992, conditions 0.975, metadata
# 0.989, every other figure as before the batch: no floor moves.
# Batch 44 (branch ext48; 5 dev documents measured fresh, 267 documents, 2 refused): targets 0.946
# (the batch alone 16/52/47), milestones 0.913, recurring 0.950, units 0.975, tasks 0.931. After
# B44-1..7 (tests/test_extract_batch44_classes.py): targets 0.991 (736/743/742), milestones 0.917,
# recurring 1.0 (21/21/21), units 0.984, tasks 0.936, metadata 0.989; only the batch's documents
# changed: floor recurring 0.99 -> 1.0.
# Batch 45 (branch ext49; 5 dev documents measured fresh, 272 documents, 3 refused): targets 0.969
# (the batch alone 0/23/11), milestones 0.874 (1/5/8), rewards 0.975 (1/1/12), units 0.975, tasks
# 0.907. After B45-1..9 (tests/test_extract_batch45_classes.py; only the batch's documents changed):
# targets 0.989 (745/754/753), milestones 0.914, rewards 0.980 (316/318/327), units 0.978, tasks
# 0.925. The new documents, not a rule, lowered targets 0.99 -> 0.98 (two "未来五年" goals the gold
# dates 2027), rewards 0.99 -> 0.97 (a talent plan's eight per-trip and monthly sums, 4/4/12), units
# 0.98 -> 0.97 and tasks 0.93 -> 0.92 (a province's phases and a refused city page, units 1/2/4 and
# 0/0/1, tasks 0/2/0 and 0/0/1); the 267 earlier documents score as before.
# Batch 46 (branch ext52; 5 dev documents measured fresh, 277 documents, 4 refused): targets 0.984,
# milestones 0.891, rewards 0.962 (the batch alone 2/4/12), units 0.967, conditions 0.932 (4/5/12),
# metadata 0.986. After B46-1..13 (tests/test_extract_batch46_classes.py; besides the batch's
# documents only b45_09 changed, rewards 4/4/12 -> 12/12/12 and conditions 0/0/1 -> 1/1/1): targets
# 0.989 (749/758/757), milestones 0.916, rewards 0.984 (332/336/339; floor 0.97 -> 0.98), units
# 0.975, tasks 0.925, conditions 0.952 (108/113/114), metadata 0.989 (B46-12). The new documents,
# not a rule, lowered conditions 0.97 -> 0.95 (the batch alone 8/10/12: a digest's joint-
# confirmation clause read as a scope with the clause after it, a 产业园 rule's definition and cap;
# the 272 earlier documents score 100/103/102, 0.976).
# Batch 47 (branch ext53; 5 dev documents measured fresh, 277 documents, 4 refused): targets 0.987
# (the batch alone 0/1/1), metadata 0.986 (two regions, one posting date read as signed). After
# B47-1..4 and B47-7..14 (tests/test_extract_batch47_classes.py): targets 0.989 (746/755/754),
# milestones 0.929 (111/116/123), rewards 0.992 (324/326/327), units 0.979, tasks 0.934 (106/112/115),
# conditions 0.976 (100/103/102), metadata 0.989; only b47_04, b47_10, b23_02, b14_02, b7_10, b23_01
# and b45_09 changed: floors
# milestones 0.91 -> 0.92, rewards 0.97 -> 0.99, tasks 0.92 -> 0.93.
# Stop 44 (lead): batches 46 and 47 merged (282 documents): milestones 0.931 and tasks 0.934 raise
# theirs to 0.93; conditions 0.952 keeps batch 46's 0.95 (its new documents).
# Batch 48 (branch ext54; 5 dev documents measured fresh, 287 documents, 3 refused): rewards 0.974
# (the batch alone 1/4/5), tasks 0.915 (1/2/5), conditions 0.935 (0/1/3). After the rules
# (tests/test_extract_batch48_classes.py, B48-1..10): targets 0.987 (750/761/758), milestones 0.931,
# rewards 0.977 (333/338/344), units 0.974, tasks 0.928 (109/115/120), conditions 0.949 (111/117/117),
# metadata 0.988; the batch alone still rewards 1/2/5 (a news item's sums, a digest's 予以激励),
# tasks 3/3/5, so floors rewards 0.98 -> 0.97, tasks 0.93 -> 0.92, conditions 0.95 -> 0.94 (new
# documents; the earlier 282 score as before or better), for the integrator to confirm.
# Batch 49 (branch ext55; 5 dev documents measured fresh, 287 documents, 3 refused): targets 0.940
# (the batch alone 4/12/76: a 目标任务分解表 whose cells share each row's total out among 29 towns),
# milestones 0.921, rewards 0.978, tasks 0.922. After B49-1..4, B49-6 and B49-9
# (tests/test_extract_batch49_classes.py; only the batch's b49_02, b49_03, b49_07 and b49_10
# changed, each up): targets 0.989 (825/834/834), milestones 0.925 (118/123/132), rewards 0.978
# (332/338/341), units 0.974, tasks 0.927 (108/116/117), conditions 0.952, metadata 0.990. The new
# documents, not a rule, lowered milestones 0.93 -> 0.92 (b49_04's and b49_10's aims dated by a
# duration or by the plan's end, 0/0/1 each), rewards 0.98 -> 0.97 (b49_03's two subsidies per head
# and per home, 0/2/2) and tasks 0.93 -> 0.92 (b49_03's items paying a sum read as tasks, 1/3/1);
# for the integrator to confirm.
# Batch 50 (branch ext56; 5 dev documents measured fresh, 292 documents, 4 refused): milestones
# 0.874 (118/123/147), units 0.962 (346/349/370), tasks 0.885 (108/127/117); the batch alone
# milestones 0/0/15, units 3/3/12, tasks 0/11/0 - b50_07, a county culture bureau's task table
# copied one cell per line whose 完成时限 cells give months only ("12月底前") and whose rows carry
# their merged time and unit cells down; the extractor cannot date them, so its 13 dated rows are
# undated tasks.  After B50-1..3 (tests/test_extract_batch50_classes.py; only b50_06 and b50_07
# changed): milestones 0.878 (119/124/147), units 0.968 (351/355/370), tasks 0.874 (108/130/117:
# b50_07's rows with units read now are tasks, not the milestones its gold has).  The new documents
# lowered milestones 0.92 -> 0.87, units 0.97 -> 0.96 and tasks 0.92 -> 0.87, for the integrator to
# confirm.
# Batch 51 (branch ext58; 5 dev documents measured fresh, 302 documents, 4 refused): targets 0.975
# (828/844/854), milestones 0.875 (122/127/152), units 0.961 (361/366/385), tasks 0.858
# (112/134/127); the batch alone targets 2/7/9, milestones 2/2/4, units 6/6/10, tasks 1/1/5.  After
# B51-1..7 (tests/test_extract_batch51_classes.py; only b51_01, b51_03, b51_05, b51_10 and b50_07
# changed, b50_07 by one more predicted goal): targets 0.982 (835/847/854), milestones 0.883
# (124/129/152; the 297 earlier documents 0.879 fresh as after), units 0.963, tasks 0.863
# (113/135/127).  The rules raised milestones (floor 0.87 -> 0.88); the new documents, not a rule,
# lowered tasks 0.87 -> 0.86 (the earlier documents score 111/133/122 = 0.870 fresh and after;
# b51_01's three task-table rows are not read as tasks), for the integrator to confirm.
# Batch 52 (branch ext59; 5 dev documents measured fresh, 307 documents, 4 refused): targets 0.981
# (837/850/856; the batch alone 2/3/2: an index number's tail "…-00089" read as a figure),
# milestones 0.883 (125/130/153), units 0.964, tasks 0.863, metadata 0.989 (the batch's region,
# doc number and issued all right).  After B52-1..8 (tests/test_extract_batch52_classes.py; B52-1
# changed b52_02 only, B52-2..8 change plan periods, which no scored count of the dev split
# depends on): targets 0.982 (837/849/856), every other figure as fresh; every floor holds.
# Batch 53 (branch ext60; 5 dev documents measured fresh, 312 documents, 4 refused): milestones
# 0.874 (125/132/154) and tasks 0.856 (113/135/129) fell below their floors with the new documents
# (a table-row page field read as a milestone; a note naming an official before its bureau);
# after B53-1..4 (tests/test_extract_batch53_classes.py) targets 0.982 (851/863/870), milestones
# 0.884 (126/131/154), rewards 0.971, units 0.963, tasks 0.860 (114/136/129), metadata 0.989
# (region 0.971 -> 0.974): every floor holds; none rises past its next 0.01.
# Batch 54 (branch ext61; 5 dev documents measured fresh, 312 documents, 4 refused): targets 0.977
# (841/857/864; the batch alone 4/8/8: a township's four 2021 goals, read with their year, whose
# region the text names only as "胡陈" and "全乡"), units 0.963, tasks 0.856 (a page's 发布机构 field
# "…局(原…中心)" read as a task).  After B54-1/B54-2 (tests/test_extract_batch54_classes.py; B54-2
# changed b54_04 only): units 0.964, tasks 0.863, every other figure as fresh.  The new documents,
# not a rule, lower the targets floor 0.98 -> 0.97 (the 307 earlier documents 837/849/856 fresh and
# after), for the integrator to confirm.
# Batch 56 (branch ext63; 5 dev documents measured fresh, 327 documents, 4 refused): milestones
# 0.882 -> 0.824 (131/139/179; the batch alone 4/6/24: month lines, a month-only campaign's phases,
# per-county year-ends) and tasks 0.866 -> 0.858 (124/148/141; the batch alone 1/2/3).  After
# B56-1..7 (tests/test_extract_batch56_classes.py; only batch-56 lines moved, the 322 earlier
# documents score as before): milestones 0.872 (143/149/179), targets 0.977, units 0.963, tasks
# 0.858.  The new documents, not a rule, lower milestones 0.88 -> 0.87 (the batch's campaign
# excerpt, 0/0/7: its year only in a report's name, its phases run into one line) and tasks
# 0.86 -> 0.85, for the integrator to confirm.
# Batch 57 (branch ext64; 5 dev documents measured fresh, 327 documents, 4 refused; chosen for
# rewards and conditions): fresh rewards 0.935 (337/349/372; the batch alone 3/8/25), conditions
# 0.922 (112/118/125; the batch alone 1/1/8), milestones 0.879 (127/133/156; the batch alone
# 0/0/1), targets 0.972.  After B57-1..10 (tests/test_extract_batch57_classes.py; only batch-57
# lines moved): rewards 0.962 (352/360/372; the batch 18/19/25), conditions 0.931 (114/120/125; the
# batch 3/3/8), targets 0.978, milestones 0.879.  The 322 earlier documents score as before
# (rewards 334/341/347 = 0.971, conditions 111/117/117 = 0.949, milestones 127/133/155 = 0.882), so
# the new documents, not a rule, lower the floors rewards 0.97 -> 0.96, conditions 0.94 -> 0.93
# and milestones 0.88 -> 0.87 (a table of sums per county and a 年底前 milestone the rules do not
# read), for the integrator to confirm.
# Batches 56 and 57 merged (stop 48, the integrator): dev milestones 0.869 (143/149/180), both
# batches' new documents together (each alone 0.872 / 0.879), not a rule, lower the floor 0.87 -> 0.86;
# every other dev figure holds its floor.
# Stop 49, milestone generality (branch ext67; no new documents): M49-1/M49-2
# (tests/test_extract_stop49_milestones.py) raised dev milestones 0.869 -> 0.876 (145/151/180):
# floor 0.86 -> 0.87.
# Stop 50, rewards (branch ext69; no new documents): R50-1..3 (tests/test_extract_stop50_rewards.py)
# raised dev rewards 0.964 -> 0.973 (353/360/372 -> 357/362/372): floor 0.96 -> 0.97.
# Stop 50, dating convention (branch ext70; no new documents): the dev gold was put to SCHEMA.md's
# rule D50 (commit 52034bb5: a 2017 若干意见's 2 undated targets dated 2017-12-31), which lowered dev
# targets 0.979 -> 0.977 (863 -> 861 matched; still above 0.97); the extractor following D50 (no
# period: the document's own year; month-only stage headings in it) brought targets back to 0.979
# (863/877/886) and raised milestones 0.876 -> 0.883 (147/153/180): floor 0.87 -> 0.88.
# Stop 53 (branch ext55; no new documents): T55-1..3, C55-1/2 (tests/test_extract_stop53_classes.py)
# raised dev tasks 0.858 -> 0.862 (124/148/141 -> 125/149/141; floor 0.85 -> 0.86) and conditions
# 0.931 -> 0.939 (114/120/125 -> 116/122/125; floor 0.93 kept).
# Stop 59 (branch ext59; no new documents): X59-12 (a text with an eligibility or scope section has
# its conditions read though no reward is) raised dev conditions 0.939 -> 0.944 (116/122/125 ->
# 117/123/125): floor 0.93 -> 0.94; X59-10 (a meeting's year is no step) milestones 0.883 -> 0.886
# (147/152/180), floor 0.88 kept.
# Batch 58 (branch ext61; 5 dev documents measured fresh, 337 documents, 4 refused; commendations,
# quality-award rules, a per-firm grant table, a 考核指标 notice): fresh rewards 0.966
# (357/363/376), units 0.959 (385/392/411), conditions 0.926 (119/126/131), milestones 0.884, all
# under their floors by the new documents; after B58-1..8 (tests/test_extract_batch58_classes.py;
# only batch-58 lines moved) rewards 0.973 (361/366/376), units 0.964 (388/394/411), conditions
# 0.943 (123/130/131), milestones 0.886, targets 0.979 (872/886/895): every floor holds, none rises.
# Batch 59 (branch ext62; 5 dev documents measured fresh, 342 documents, 4 refused; a 责任分工 with
# lead units per target, a 十四五 纲要 任务分工, 水污染防治 plans, plans cut before their facts): fresh
# targets 0.979 (879/893/903), milestones 0.888, units 0.965 (404/410/427), tasks 0.861 (130/155/147),
# every floor held; after B59-1..5 (tests/test_extract_batch59_classes.py; only batch-59 lines and
# b51_01's units moved) units 0.969 (407/413/427), tasks 0.868 (131/155/147), targets 880/894/903:
# every floor holds, none rises.
# Batch 60 (branch ext62b; 5 dev documents measured fresh, 347 documents, 5 refused; three county
# reward rules with tiers, caps and 就高不重复 clauses, 营商环境 and 低空经济 plans with "到20XX年" aims,
# plans cut before their facts): the new documents, not a rule, put milestones 0.888 -> 0.877
# (150/157/185), rewards 0.973 -> 0.937 (409/428/445) and conditions 0.943 -> 0.923 (126/134/139)
# under their floors; after B60-1..10 (tests/test_extract_batch60_classes.py; only batch-60 lines and
# b45_01's, b56_10's units moved) rewards 0.950 (416/431/445), conditions 0.935 (129/137/139),
# targets 0.978 (882/896/908), units 0.970 (417/424/436), milestones 0.877: milestones, rewards and
# conditions stay under 0.88, 0.97 and 0.94 by the new documents (the 342 earlier documents score as
# before or better); not lowered here (floors only rise), for the integrator to decide; none rises.
# Integrated (stop 62): the new documents, not a rule, lowered them (floors milestones 0.88 ->
# 0.87, rewards 0.97 -> 0.94 (0.950 is 0.9499 unrounded), conditions 0.94 -> 0.93).
DEV_FLOORS: Floors = {
    "targets": 0.97,
    "milestones": 0.87,
    "recurring": 1.0,
    "rewards": 0.94,
    "units": 0.96,
    "tasks": 0.86,
    "conditions": 0.93,
    "metadata": 0.98,
}
# From aggregate runs on the blind split only (rounded down); the integrator owns this table.
# Batch 3 added 12 blind documents (measured fresh), so the blind floors were set again; they
# rose when the scorer began to compare regions as divisions (徐州市沛县 = 沛县).
# Batch 5 added 5 blind documents (measured fresh, aggregate only: milestones 1 of 8, rewards 0 of
# 1, tasks 0 of 12), so the floors were set again on the grown split from the one aggregate run at
# the end of round 5 (milestones 0.49 -> 0.45 and rewards 0.63 -> 0.62 with the new documents in;
# units 0.34 -> 0.54, tasks 0.0 -> 0.35, recurring 0.0 -> 0.33 rose).  Batch 6 added 4 blind
# documents (fresh, batch alone: targets 0.489, rewards 0.8, conditions 0 of 3); the floors were set
# again from the one aggregate run at the end of round 6 (45 documents: milestones 0.45 -> 0.44,
# tasks 0.35 -> 0.32, conditions 0.22 -> 0.16, units 0.547 -> 0.540 with the new documents in; targets and rewards rose).
# Batch 7 added 5 blind documents (fresh); one aggregate run at the end of rounds 8-9 (50
# documents, 3 refused): targets 0.374, milestones 0.438, recurring 0.333, rewards 0.693, units
# 0.507, tasks 0.303, conditions 0.167, metadata 0.913. Milestones, units and tasks were already
# that low at the merge of batch 7, before the rounds' rules (the rules9 helper's check): the new
# documents, not a rule, lowered them, so those floors were set again; targets and rewards rose.
# Batch 9 added 4 blind documents (fresh; the batch alone at the end of round 14: targets 0.857,
# milestones 0, rewards 0, units/tasks/conditions/metadata 1.0). One aggregate run (58 documents,
# 3 refused): targets 0.427, milestones 0.429, recurring 0.333, rewards 0.656, units 0.596, tasks
# 0.318, conditions 0.222, metadata 0.925. The new documents lowered milestones and rewards; those
# floors were set again to the measured figures.
# Batch 10 added 3 blind documents (fresh, the batch alone before any rule: targets 0 (0/19/0),
# rewards 0/0/1, units 0.154, tasks 0/1/2, conditions 0/0/2, metadata 1.0). The whole split (61
# documents, 3 refused) was scored with the branch-cut extractor (fresh) and once at the end of
# round 15: targets 0.408, milestones 0.429 -> 0.447, recurring 0.333, rewards 0.651, units 0.563,
# tasks 0.298, conditions 0.200, metadata 0.929 (only milestones moved, by one record). The new
# documents lowered targets, units, tasks and conditions (floors 0.42 -> 0.40, 0.58 -> 0.56,
# 0.31 -> 0.29, 0.22 -> 0.20); milestones rose (floor 0.42 -> 0.44). Nothing was tuned on blind.
# Batch 13 added 3 blind documents (fresh, the batch alone: targets 0.475 (14/30/29), milestones
# 0/2/0, metadata 1.0). The whole split (67 documents) in one aggregate run, the same before and
# after the batch-13 rules: targets 0.412, milestones 0.437, recurring 0.333, rewards 0.716, units
# 0.563, tasks 0.298, conditions 0.286, metadata 0.935. The new documents lowered milestones (two
# false milestones): floor 0.44 -> 0.43 (for the integrator to confirm).
# Batch 14 added 3 blind documents (measured fresh, aggregates only): with them and the merged
# rules of rounds 21-22 blind milestones are 0.422 (floor 0.43 -> 0.42); every other floor holds.
# Batch 16 added 3 blind documents (measured fresh, aggregates only): with them blind recurring is
# 0.286 (one false recurring duty in the new documents, before any batch-16 rule: floor 0.33 ->
# 0.28, for the integrator to confirm); the batch-16 rules raised rewards 0.719 -> 0.734 (floor
# 0.65 -> 0.73) and the doc number's 号 no longer glued to an issuer raised region 0.918 -> 0.945
# (metadata 0.941 -> 0.950, floor 0.92 -> 0.95) and with it targets 0.427 -> 0.499 (floor 0.40 ->
# 0.49), from aggregate runs only.
# With batches 15-17 merged (79 documents): targets 0.531, milestones 0.437, recurring 0.286, rewards
# 0.734, units 0.612, tasks 0.314, conditions 0.370, metadata 0.949 (batch 17's blind documents pull
# metadata a hair under 0.95; floor 0.94) — aggregate runs only.
# With batch 18 merged too (82 documents, 4 refused as having no plan content): targets 0.538,
# milestones 0.427, recurring 0.444, rewards 0.734, units 0.603, tasks 0.308, conditions 0.312,
# metadata 0.951; floors raised to those figures (rounded down) — aggregate runs only.
# Batch 19 added 3 blind documents (measured fresh, aggregates only; the batch-19 rules changed no
# blind figure): with them (85 documents) targets 0.535, milestones 0.404, recurring 0.444, rewards
# 0.734, units 0.607, tasks 0.339, conditions 0.312, metadata 0.949. The new documents lowered
# milestones 0.427 -> 0.404 and metadata 0.951 -> 0.949 (floors 0.42 -> 0.40, 0.95 -> 0.94, for the
# integrator to confirm) and raised tasks 0.308 -> 0.339 (floor 0.30 -> 0.33).
# With batch 20 (85 documents, measured fresh, aggregates only): the new documents lowered recurring
# 0.444 -> 0.364, rewards 0.734 -> 0.729, units 0.603 -> 0.591 and conditions 0.312 -> 0.286 (the same
# code before and after they came in); the batch-20 rules raised conditions to 0.308 and changed no
# other blind figure: floors set at those figures (rounded down) — aggregate runs only.
# Stop 27 integration (branches extract, b19, b20 merged; figures measured on the merged code):
# blind 88 documents (aggregate only): milestones 0.417 with both batches and the round.
# Batch 21 added 3 blind documents (measured fresh, aggregates only; the batch-21 rules changed no
# blind figure): with them (91 documents) targets 0.542, milestones 0.400, recurring 0.364, rewards
# 0.725, units 0.586, tasks 0.328, conditions 0.300, metadata 0.952. The new documents lowered
# milestones 0.417 -> 0.400, units 0.596 -> 0.586 and tasks 0.333 -> 0.328 (floors 0.41 -> 0.40,
# 0.59 -> 0.58, 0.33 -> 0.32: the new documents, not a rule) and raised targets 0.530 -> 0.542
# (floor 0.52 -> 0.54).
# Batch 22 added 2 blind documents (measured fresh, aggregates only; the batch-22 rules changed no
# blind figure): with them (90 documents, 5 refused) targets 0.536, milestones 0.417, recurring
# 0.364, rewards 0.729, units 0.586, tasks 0.339, conditions 0.308, metadata 0.948. The new
# documents, not a rule, lowered units 0.591 -> 0.586 and metadata 0.95 -> 0.948: floors 0.59 ->
# 0.58 and 0.95 -> 0.94 (set at the measured figures rounded down; for the integrator to confirm).
# Stop 28 integration (batches 21 and 22 and round 25 merged; measured on the merged code, aggregate
# only): blind 93 documents (5 refused): targets 0.548, milestones 0.400, recurring 0.364, rewards
# 0.725, units 0.576, tasks 0.333, conditions 0.300, metadata 0.950. Units 0.58 -> 0.57: the two
# batches' new documents together (each branch alone measured 0.586), not a rule.
# Batch 25 added 3 blind documents (measured fresh, aggregates only): with them (98 documents, 5
# refused) targets 0.554, milestones 0.437, recurring 0.364, rewards 0.725, units 0.586, tasks
# 0.375, conditions 0.293, metadata 0.949. The new documents, not a rule, lowered conditions 0.300
# -> 0.293 and metadata 0.950 -> 0.949: floors 0.30 -> 0.29 and 0.95 -> 0.94 (for the integrator to
# confirm). The batch-25 rules moved one blind figure: milestones 0.437 -> 0.433 (above its floor).
# Batch 24 added 3 blind documents (measured fresh, aggregates only; the batch-24 rules changed no
# blind figure): with them (98 documents, 6 refused) targets 0.541, milestones 0.452, recurring 0.364,
# rewards 0.714, units 0.566, tasks 0.328, conditions 0.300, metadata 0.946 (without them, on the
# same code: 0.550, 0.452, 0.364, 0.725, 0.576, 0.333, 0.300, 0.951). The new documents, not a rule,
# lowered rewards, units, tasks and metadata: floors 0.72 -> 0.71, 0.57 -> 0.56, 0.33 -> 0.32,
# 0.95 -> 0.94 (for the integrator to confirm).
# Stop 29 integration (batches 24 and 25 and round 26 merged; measured on the merged code,
# aggregate only): blind 101 documents (6 refused): targets 0.545, milestones 0.433, recurring 0.364,
# rewards 0.715, units 0.576, tasks 0.369, conditions 0.293, metadata 0.944: milestones 0.40 ->
# 0.43, units 0.56 -> 0.57, tasks 0.32 -> 0.36 (round 26's unit-note and task rules; the figures
# rounded down).
# Batch 26 added 3 blind documents (measured fresh, aggregates only): with them (104 documents, 6
# refused) targets 0.530, milestones 0.433, recurring 0.364, rewards 0.728, units 0.618, tasks 0.406,
# conditions 0.326, metadata 0.939. The new documents, not a rule, lowered targets 0.545 -> 0.530
# (floor 0.54 -> 0.53) and raised rewards, units, tasks and conditions (floors 0.71 -> 0.72, 0.57 ->
# 0.61, 0.36 -> 0.40, 0.29 -> 0.32); the batch-26 rules raised metadata to 0.942 (B26-2: issued
# 0.933 -> 0.942) and changed no other blind figure (for the integrator to confirm).
# Batch 27 added 3 blind documents (measured fresh, aggregates only): with them (107 documents, 6
# refused) targets 0.533, milestones 0.435, recurring 0.364, rewards 0.728, units 0.654, tasks 0.438,
# conditions 0.298, metadata 0.944. The new documents, not a rule, lowered conditions 0.326 -> 0.298
# (floor 0.32 -> 0.29) and raised units and tasks (floors 0.61 -> 0.65, 0.40 -> 0.43); the batch-27
# rules changed no blind figure (for the integrator to confirm).
# Round 29 (branch extract29; aggregate only): a split with several measures a place ("其中杭州市名牌
# 22个、商标12件,宁波市…", R29-2) raised targets 0.530 -> 0.542 (floor 0.53 -> 0.54); the decision
# formula (R29-1) keeps one more document (6 -> 5 refused) and changed no figure.
# Stop 31 integration (batch 27, rounds 29 and 30 together, 107 documents, 5 refused; aggregates
# only): targets 0.544, milestones 0.435, recurring 0.364, rewards 0.728, units 0.654, tasks 0.438,
# conditions 0.298, metadata 0.944: targets floor 0.53 -> 0.54 (round 29's rule, as it measured).
# Batch 29 added 3 blind documents (measured fresh, aggregates only): with them (110 documents, 5
# refused) targets 0.550, milestones 0.425, recurring 0.364, rewards 0.728, units 0.656, tasks 0.453,
# conditions 0.298, metadata 0.942. The new documents, not a rule, lowered milestones 0.435 -> 0.425
# (floor 0.43 -> 0.42) and raised tasks 0.438 -> 0.453 (floor 0.43 -> 0.45); the batch-29 rules
# changed no blind figure, counts included (for the integrator to confirm).
# Batch 28 added 3 blind documents (measured fresh, aggregates only): with them (110 documents, 5
# refused) targets 0.544, milestones 0.429, recurring 0.364, rewards 0.728, units 0.654, tasks 0.438,
# conditions 0.292, metadata 0.942. The new documents, not a rule, lowered milestones 0.435 -> 0.429
# (two milestones predicted in them, none in their gold): floor 0.43 -> 0.42 (for the integrator to
# confirm). The batch-28 rules raised conditions 0.292 -> 0.320 (B28-4: a 质量奖 rule without sums
# read for its scope) and moved no other blind figure: floor 0.29 -> 0.32 (aggregate runs only).
# Stop 32 integration (batches 28 and 29 with their rules together, 113 documents, 5 refused;
# aggregates only): targets 0.550, milestones 0.419, recurring 0.364, rewards 0.728, units 0.656,
# tasks 0.453, conditions 0.320, metadata 0.941. The six new documents, not a rule, lowered
# milestones 0.435 -> 0.419 (each batch alone 0.429 and 0.425): floor 0.42 -> 0.41; tasks floor
# 0.43 -> 0.45 (batch 29's documents) and conditions 0.29 -> 0.32 (B28-4), as measured together.
# Batch 30 added 3 blind documents (measured fresh, aggregates only): with them (113 documents, 5
# refused) targets 0.525, milestones 0.403, recurring 0.364, rewards 0.708, units 0.667, tasks 0.468,
# conditions 0.286, metadata 0.938. The new documents, not a rule, lowered targets 0.550 -> 0.525
# (floor 0.54 -> 0.52), milestones 0.425 -> 0.403 (0.42 -> 0.40), rewards 0.728 -> 0.708 (0.72 ->
# 0.70), conditions 0.298 -> 0.286 (0.29 -> 0.28) and metadata 0.942 -> 0.938 (0.94 -> 0.93), and
# raised units 0.656 -> 0.667 (0.65 -> 0.66) and tasks 0.453 -> 0.468 (0.45 -> 0.46); the batch-30
# rules changed no blind figure, counts included (for the integrator to confirm).
# Stop 32 integration, all three batches (116 documents, 5 refused; aggregates only): targets
# 0.525, milestones 0.397, recurring 0.364, rewards 0.708, units 0.667, tasks 0.468, conditions
# 0.308, metadata 0.937. Milestones 0.41 -> 0.39: the nine new blind documents (each batch alone
# lowered it; no rule changed a blind count in any branch's before/after run).
# Batch 32 added 3 blind documents (measured fresh, aggregates only; 119 documents, 5 refused):
# targets 0.530, milestones 0.394, recurring 0.364, rewards 0.708, units 0.667, tasks 0.468,
# conditions 0.308, metadata 0.933; after the batch-32 rules targets 0.531 (one prediction fewer,
# 202/386/375), every other count as fresh. The new documents raised targets 0.525 -> 0.530
# (floor 0.52 -> 0.53); every other blind floor holds.
# Stop 33 integration (122 documents, 5 refused; batches 31 and 32 added 6): targets 0.531,
# milestones 0.388, recurring 0.364, rewards 0.705, units 0.667, tasks 0.468, conditions 0.308,
# metadata 0.932. Milestones 0.39 -> 0.38: with the two batches' blind documents together (each
# batch alone measured 0.391 and 0.394 after its rules; extopen33 and gold33 changed no blind count).
# Round 34 (branch extopen34, aggregates only; no new documents): targets 0.531 -> 0.535
# (203/384/375), milestones 0.388 -> 0.403 (28/67/72; floor 0.38 -> 0.40), metadata 0.932 ->
# 0.934 (region 0.885 -> 0.893); every other blind count the same.
# Batch 33 added 3 blind documents (measured fresh, aggregates only; 125 documents, 5 refused):
# targets 0.527 (203/390/381), milestones 0.403, recurring 0.364, rewards 0.705, units 0.665,
# tasks 0.439 (18/37/45), conditions 0.308, metadata 0.933; the batch-33 rules changed no blind
# count. The new documents, not a rule, lowered targets 0.535 -> 0.527 (floor 0.53 -> 0.52) and
# tasks 0.468 -> 0.439 (floor 0.46 -> 0.43).
# Batch 34 added 4 blind documents (measured fresh, aggregates only; 129 documents, 5 refused):
# targets 0.537 (212/399/390), milestones 0.400, recurring 0.364, rewards 0.698 (88/100/152), units
# 0.668, tasks 0.484 (22/41/50), conditions 0.308, metadata 0.935. The new documents, not a rule,
# lowered rewards 0.705 -> 0.698 (floor 0.70 -> 0.69: score-point rewards and a cut sum, unread)
# and raised targets and tasks. After the batch-34 rules: targets 0.5399 (213/399/390; floor 0.52
# -> 0.53), milestones 0.406 (28/66/72), tasks 0.484 (floor 0.43 -> 0.48); every other count as
# fresh.
# Batch 35 added 3 blind documents (measured fresh, aggregates only; 132 documents, 5 refused):
# targets 0.540 (213/399/390), milestones 0.403 (28/67/72), recurring 0.333 (2/5/7), rewards 0.679
# (89/104/158), units 0.668, tasks 0.484, conditions 0.296 (8/13/41), metadata 0.934; the batch-35
# rules changed no blind count. The new documents, not a rule, lowered recurring 0.364 -> 0.333
# (floor 0.36 -> 0.33), rewards 0.698 -> 0.679 (0.69 -> 0.67) and conditions 0.308 -> 0.296 (0.30
# -> 0.29), for the integrator to confirm.
# Batch 36 added 3 blind documents (measured fresh, aggregates only; 135 documents, 5 refused):
# targets 0.538 (217/408/399), milestones 0.400 (28/67/73), recurring 0.333, rewards 0.644
# (93/115/174), units 0.667, tasks 0.484, conditions 0.345 (10/15/43), metadata 0.933; the batch-36
# rules changed no blind count. The new documents, not a rule, lowered rewards 0.679 -> 0.644 (the
# batch alone 2/9/16: ranked prize tiers and rate subsidies of a trade-policy notice): floor 0.67 ->
# 0.64, for the integrator to confirm. Confirmed at the end of stop 38, one aggregate run: targets
# 0.545, milestones 0.448, units 0.683, conditions 0.345 (the task-table rules from the trial and
# attack, written on invented plans): floors raised where they rose. Nothing was tuned on blind.
# Batch 37 added 3 blind documents (measured fresh, aggregates only; 138 documents, 5 refused):
# targets 0.544, milestones 0.448, recurring 0.333, rewards 0.623 (94/120/182), units 0.675,
# tasks 0.484, conditions 0.312 (10/15/49), metadata 0.932; the batch-37 rules changed no blind
# count. The new documents, not a rule, lowered rewards 0.644 -> 0.623 (the batch alone 1/5/8:
# percent rewards, a rate subsidy, a quality prize), units 0.683 -> 0.675 and conditions 0.345 ->
# 0.312 (the batch alone 0/0/6): floors 0.64 -> 0.62, 0.68 -> 0.67, 0.34 -> 0.31, for the
# integrator to confirm.
# Batch 38 added 3 blind documents (measured fresh, aggregates only; 141 documents, 5 refused):
# targets 0.540, milestones 0.444, recurring 0.333, rewards 0.630 (102/129/195), units 0.672,
# tasks 0.473 (22/41/52), conditions 0.328, metadata 0.924. After the batch-38 rules (written from
# dev and invented texts only): milestones 0.452 (33/73/73), every other blind count as fresh
# (floor 0.44 -> 0.45). The new documents, not a rule, lowered tasks 0.484 -> 0.473 (the batch
# alone 0/0/2) and metadata 0.932 -> 0.924 (the batch alone: region 1 of 3, doc number 1 of 3):
# floors 0.48 -> 0.47, 0.93 -> 0.92, for the integrator to confirm.
# Batch 39 added 3 blind documents (measured fresh, aggregates only; 144 documents, 5 refused):
# targets 0.549, milestones 0.447 (34/78/74), recurring 0.429 (3/6/8), rewards 0.631, units 0.677,
# tasks 0.463 (22/43/52), conditions 0.390 (15/20/57), metadata 0.921; the batch-39 rules (written
# from dev and invented texts only) changed no blind count. The new documents, not a rule, lowered
# milestones 0.452 -> 0.447 (the batch alone 1/5/1) and tasks 0.473 -> 0.463 (the batch alone
# 0/2/0): floors 0.45 -> 0.44, 0.47 -> 0.46, for the integrator to confirm; they raised recurring
# 0.333 -> 0.429 and conditions 0.328 -> 0.390 (floors 0.33 -> 0.42, 0.31 -> 0.38).
# Batch 40 added 3 blind documents (measured fresh, aggregates only; 147 documents, 5 refused):
# targets 0.544 (229/431/411), milestones 0.444, recurring 0.429, rewards 0.628, units 0.677, tasks
# 0.463, conditions 0.400 (16/22/58), metadata 0.918. After the batch-40 rules (written from dev and
# invented texts only): targets 0.543 (229/432/411, one more false target), every other blind count
# as fresh. The new documents, not a rule, lowered metadata 0.921 -> 0.918 (the batch alone: region
# 2 of 3, issued 2 of 3): floor 0.92 -> 0.91; they raised conditions 0.390 -> 0.400 (floor 0.38 ->
# 0.40), for the integrator to confirm.
# Batch 41 added 2 blind documents (aggregate only, fresh = after): milestones 0.44 -> 0.43 and tasks
# 0.46 -> 0.45 (new documents: 2 milestones missed, 1 false task), recurring 0.42 -> 0.50 (raised by
# the new documents), for the integrator to confirm.
# Batch 42 added 3 blind documents (aggregate only, fresh = after: the batch-42 rules, written from
# dev and invented texts only, changed no blind count): units 0.67 -> 0.66 and conditions 0.40 ->
# 0.39 (new documents: the batch alone units 4/4/11, conditions 0/0/2), for the integrator to confirm.
# Batch 43 added 3 blind documents (aggregate only; fresh conditions 0.381, metadata 0.920; after the
# batch-43 rules, written from dev and invented texts only, metadata 0.923 and every blind count as
# fresh): conditions 0.39 -> 0.38 (new documents: the batch alone conditions 0/0/2); recurring 0.615
# (the batch alone 2/2/2) could rise 0.50 -> 0.61, left to the integrator: raised (stop 43).
# Batch 44 added 3 blind documents (aggregate only, fresh = after: the batch-44 rules, written from
# dev and invented texts only, changed no blind count): units 0.66 -> 0.64 (new documents: the batch
# alone units 0/0/11); targets 0.559 and metadata 0.924 could rise 0.54 -> 0.55 and 0.91 -> 0.92,
# left to the integrator.
# Batch 45 added 3 blind documents (aggregate only, fresh = after: the batch-45 rules, written from
# dev and invented texts only, changed no blind figure): tasks 0.45 -> 0.43 and conditions 0.38 ->
# 0.37 (new documents: the batch alone tasks 0/3/1, conditions 0/0/2), for the integrator to confirm;
# targets 0.562, milestones 0.446 and metadata 0.925 could rise.
# Stop 43 (lead): with batches 43-45 in, floors targets 0.54 -> 0.56, milestones 0.43 -> 0.44 and
# metadata 0.91 -> 0.92 (the measured 0.562, 0.446, 0.925); tasks and conditions as batch 45 left
# them (new documents).
# Batch 46 added 3 blind documents (aggregate only; the batch-46 rules, written from dev and invented
# texts only, moved metadata 0.925 -> 0.927 and rewards 0.616 -> 0.620 through older documents):
# targets 0.5497 and conditions 0.3596 (the batch alone targets 2/17/12, conditions 0/0/3), so
# floors targets 0.56 -> 0.54 and conditions 0.37 -> 0.35 (new documents); units 0.650 could rise
# 0.64 -> 0.65, left to the integrator.
# Batch 47 (branch ext53) added 3 blind documents (aggregate only, fresh = after: the batch-47 rules,
# written from dev and invented texts only, changed no blind count): tasks 0.434 -> 0.430 (23/50/57,
# 0.4299) and conditions 0.372 -> 0.364 (the batch alone tasks 0/1/0, conditions 0/0/2), so floors
# tasks 0.43 -> 0.42 and conditions 0.37 -> 0.36 (new documents), for the integrator to confirm.
# Stop 44 (lead): batches 46 and 47 merged (aggregate): targets 0.557 and units 0.654 set their
# floors; tasks 0.4299 keeps 0.42 and conditions 0.352 keeps 0.35 (the new documents).
# Batch 48 (branch ext54; 3 blind documents, aggregate only): fresh tasks 0.418 (the batch alone
# 0/3/0: three tasks predicted where the gold has none), so floor tasks 0.42 -> 0.41 (new documents);
# after the batch-48 rules conditions 0.362 -> 0.366 (17/23/71 -> 17/22/71): floor 0.35 -> 0.36.
# Batch 50 (branch ext56) added 3 blind documents (aggregate only): units 0.654 -> 0.648 and tasks
# 0.430 -> 0.411 fresh (the batch alone units 0/1/3, tasks 0/1/4), unchanged after the batch-50
# rules (targets 0.558 -> 0.569 after, through older documents), so floors units 0.65 -> 0.64 and
# tasks 0.42 -> 0.41 (new documents), for the integrator to confirm.
# Stop 45 (lead): batches 48, 49 and 50 merged (aggregate): tasks 0.39999 (23/54/61) with the three
# batches' blind documents together (each branch alone 0.411-0.418: tasks predicted where their gold
# has none), so floor tasks 0.41 -> 0.39 (new documents); targets 0.569 and conditions 0.366 raise
# theirs.
# Batches 53 to 55 together (merged at stop 47, 191 documents): targets 0.556, lowered by the three
# batches' new blind documents (each helper measured its batch fresh = after: 0.570 -> 0.568, 0.563
# and 0.563 on its own; batch 55's blind part alone predicts 9 targets no gold holds), so the floor
# goes 0.56 -> 0.55; milestones 0.467, units 0.660 and tasks 0.443 raise theirs.
# Batch 56 (branch ext63) added 3 blind documents (aggregate only; fresh = after, the batch-56
# rules changed no blind count): targets 0.556 -> 0.529 (298/555/516 -> 298/597/530; the batch
# alone 0/42/14), milestones 0.467 -> 0.432 (46/99/98 -> 46/100/113; the batch alone 0/1/15),
# tasks 0.443 -> 0.440 (31/64/76 -> 31/64/77), so the new documents, not a rule, lower targets
# 0.55 -> 0.52, milestones 0.46 -> 0.43 and tasks 0.44 -> 0.43, for the integrator to confirm.
# Batch 57 (branch ext64) added 3 blind documents (aggregate only): fresh rewards 0.622 -> 0.634
# (131/174/247 -> 151/199/277; the batch alone 20/25/30), conditions 0.366 -> 0.354 (17/22/71 ->
# 17/22/74; the batch alone 0/0/3); after the batch-57 rules rewards 0.636 (151/198/277; one false
# reward of an older document dropped by B57-6), conditions 0.354: the floors rewards 0.62 -> 0.63
# (raised) and conditions 0.36 -> 0.35 (the new documents, not a rule), for the integrator to
# confirm.
# Batches 56 and 57 merged (stop 48, the integrator): milestones 0.4299 (46/101/113: batch 57's
# blind part adds one predicted milestone to batch 56's 46/100/113), tasks 0.4397 (31/64/77), so the
# new documents, not a rule, set milestones 0.42 and tasks 0.43; targets 0.528, rewards 0.636,
# conditions 0.354 as each batch set.
# Stop 49 (the integrator, scored once on the merged head; no new documents): the general rules
# written from val's aggregate failure classes (T49-n, R49-n, M49-n) moved blind for the first time
# in eight stops: targets 0.528 -> 0.555 (307/576/530), milestones 0.430 -> 0.434, rewards 0.636 ->
# 0.639; floors targets 0.52 -> 0.55, milestones 0.42 -> 0.43. (ext65's worktree once printed
# about 30 blind gold file names and their opening target lines by an unscoped grep; the helper
# reports it used none of them. Noted in the stop's closing note.)
# Stop 50 (the integrator, scored once on the merged head; no new documents): T50/R50 moved no blind
# figure; D50 (dating a figure with no time of its own by the document's year, month-only steps of
# a one-year text) moved targets 0.555 -> 0.553 (306/576/530) and milestones 0.434 -> 0.441
# (47/100/113); fix90's zone regions metadata 0.927 -> 0.929: floor milestones 0.43 -> 0.44.
# Stop 59 (the integrator, scored once in aggregate on the merged head 57ce03bc; no new documents):
# units 0.657 -> 0.664, conditions 0.367 -> 0.380, targets 0.553 -> 0.552 (one target; floor 0.55
# holds): floors units 0.65 -> 0.66, conditions 0.35 -> 0.38.
# Batch 58 (branch ext61) added 3 blind documents (aggregate only, scored fresh and after): fresh
# conditions 0.380 -> 0.369 (19/26/74 -> 19/28/75), targets 0.552 -> 0.550 (305/580/530); after the
# batch-58 rules conditions 0.385 (20/29/75), targets 0.551 (305/578/530): every floor holds, for
# the integrator to confirm.
# Batch 59 (branch ext62) added 3 blind documents (aggregate only, scored fresh and after): fresh
# units 0.664 -> 0.655 (172/207/318; the batch's part 1/5/5), under the floor 0.66, tasks 0.440 ->
# 0.437; after the dev rules units 0.658 (173/208/318), tasks 0.448 (32/66/77). The units floor is
# not lowered here (floors only rise): the new documents, not a rule, put it under, for the
# integrator to decide; every other floor holds. Integrated (stop 62): the new documents, not a
# rule, lowered it (floor 0.66 -> 0.65; the earlier documents still match 171 units (171/202/313),
# the batch's three add 5 gold units, one found); tasks rose 0.437 -> 0.448 (0.43 -> 0.44).
# Batch 60 (branch ext62b) added 3 blind documents (aggregate only, scored fresh and after): fresh
# targets 0.551 -> 0.541 (307/600/534; the batch's part 0/18/2), recurring 0.615 -> 0.593, rewards
# 0.634 -> 0.622 (176/231/335), under their floors 0.55, 0.61 and 0.63; units 0.658 -> 0.673
# (188/224/335), back over 0.66; after the dev rules rewards 0.622 (176/231/335), conditions 0.385 ->
# 0.400 (22/31/79). Integrated (stop 62): the new documents, not a rule, lowered targets, recurring
# and rewards (floors 0.55 -> 0.54, 0.61 -> 0.59, 0.63 -> 0.62); units rose to 0.673 (0.65 -> 0.67),
# conditions to 0.400 (0.38 -> 0.39).
BLIND_FLOORS: Floors = {
    "targets": 0.54,
    "milestones": 0.44,
    "recurring": 0.59,
    "rewards": 0.62,
    "units": 0.67,
    "tasks": 0.44,
    "conditions": 0.39,
    "metadata": 0.92,
}
# The validation split (batch 3): scored in aggregate by whoever writes rules, to check that a
# rule carries over to documents they do not read; never read document by document.  Round 3
# raised it (rules kept only when val did not fall, corpus/unseen/FAILURES.md).
# Batch 4 (16 documents, half to dev, half to val) was measured fresh before any tuning and the
# dev and val floors were set again on the grown splits (corpus/unseen/FAILURES.md, round 4).
# Batch 5 added 4 val documents measured fresh; the val floors were set again (round 5), then
# raised to the round-5 end figures.  Batch 6 added 4 val documents measured fresh; the val floors
# were set again on the grown split (round 6).  Round 7 raised rewards to its end figure (0.761);
# round 8 raised targets (0.807) and milestones (0.679).
# Batch 7 added 4 val documents measured fresh (aggregate only); the val floors were set again on
# the grown split (44 documents): rewards 0.761 -> 0.752, tasks 0.565 -> 0.542, metadata 0.983 -> 0.977.
# Round 9 left every val figure as it was; milestones (0.700 with batch 7 in) is raised to it.
# Round 10 raised milestones to 0.764 (a year that qualifies a noun is no deadline), units to
# 0.702 and tasks to 0.625 (an article number is no part of a duty's body).
# Batch 9 added 4 val documents measured fresh (aggregate only); the round-14 rules changed no val
# figure, so the val floors were set again on the grown split (52 documents) at the measured
# figures: milestones 0.689 -> 0.646, rewards 0.788 -> 0.774, units 0.736 -> 0.683, tasks 0.688 ->
# 0.649, conditions 0.545 -> 0.462, metadata 0.958 -> 0.936 (the new documents, not a rule, lowered
# them; targets 0.765 and recurring 0.889 hold their floors). Round 14's reward dedupe then raised
# val rewards to 0.798 (floor 0.77 -> 0.79) and U12 (a group's office) val units to 0.701 (floor
# 0.68 -> 0.70).
# Batch 10 added 3 val documents measured fresh (aggregate only): with them val recurring fell
# 0.889 -> 0.833 and rewards 0.798 -> 0.784 (the new documents, not a rule, lowered them: floors
# 0.88 -> 0.83, 0.79 -> 0.78) while milestones rose to 0.667 and tasks to 0.675 (floors 0.64 ->
# 0.66, 0.64 -> 0.67); round 15's '65万…人口' unit rule raised targets 0.765 -> 0.771 (floor 0.77).
# Round 16 (generality, branch extract11): a rate without its % sign and score points (分) raised
# targets 0.771 -> 0.781 (floor 0.77 -> 0.78) and signing dates in other forms raised metadata
# 0.939 -> 0.945 (floor 0.93 -> 0.94); every other val figure held.
# Round 17 (rewards, branch rewards12): a joining word or a plaque clause before a notice's sum is
# passed over to the achievement ("…的企业,颁发奖牌和证书,同时奖励…" gave "同时"): val rewards
# 0.784 -> 0.862 (floor 0.78 -> 0.86); every other val figure held.
# Batch 12 added 3 val documents measured fresh (aggregate only: 1 false target, 1 false reward,
# metadata 1.0): val targets 0.781 -> 0.779 and rewards 0.862 -> 0.857 with them in (the new
# documents, not a rule: floors 0.78 -> 0.77, 0.86 -> 0.85); the batch-12 rules left every val
# figure unchanged.
# Batch 13 added 2 val documents measured fresh (aggregate only, the batch alone: targets 0.889
# (16/20/16), units 0.692, tasks 0/1/1, metadata 1.0): val tasks 0.675 -> 0.659 with them in (the
# new documents, not a rule: floor 0.67 -> 0.65); the batch-13 rules raised val targets 0.790 ->
# 0.799 (the batch alone 16/16/16; floor 0.77 -> 0.79) and the heading rule ("主要工作安排" is no
# milestone) val milestones 0.667 -> 0.676 (floor 0.66 -> 0.67); every other val figure unchanged.
# Batch 14 added 3 val documents (measured fresh, aggregates only; round 22 did not change val):
# the new documents lowered recurring 0.833 -> 0.750, rewards 0.857 -> 0.830, units 0.703 -> 0.693
# and conditions 0.462 -> 0.400; floors set at those figures (rounded down: rewards 0.82,
# conditions 0.39, the latter a hair below 0.40 as a float).
# Batch 15 added 3 val documents (measured fresh, aggregates only; the batch-15 rules, branch ext15,
# changed no val figure): with them val targets rose 0.799 -> 0.818, milestones 0.676 -> 0.694 and
# recurring 0.750 -> 0.800 (floors 0.79 -> 0.81, 0.67 -> 0.69, 0.75 -> 0.80) while units fell 0.693 ->
# 0.647 (bare "(unit,各县〔市、区〕政府)" trailers, 1 of 12 found) and tasks 0.652 -> 0.645: the new
# documents, not a rule, lowered them (floors 0.69 -> 0.64, 0.65 -> 0.64).
# Batch 16 added 2 val documents (measured fresh, aggregates only): the new documents lowered units
# 0.693 -> 0.688 and conditions 0.400 -> 0.375 (floors 0.69 -> 0.68, 0.39 -> 0.37); the batch-16
# rules raised rewards 0.822 -> 0.827 (fresh, with them in) and left every other val figure.
# Batch 18 added 2 val documents (measured fresh, aggregates only; the batch-18 rules changed no val
# figure): the new documents lowered milestones 0.694 -> 0.685 and rewards 0.827 -> 0.794 (the same
# before and after the rules): floors 0.69 -> 0.68, 0.82 -> 0.79.
# Round 24 (branch extract): 〔〕 read as brackets in unit lists, so bare trailers
# "(市…局,各县〔市、区〕政府)" give their tasks units: val units 0.643 -> 0.705, tasks 0.645 -> 0.674
# (floors 0.64 -> 0.70, 0.64 -> 0.67); every other val figure unchanged.
# Batch 19 added 2 val documents (measured fresh, aggregates only; the batch-19 rules changed no val
# figure): with them val targets rose 0.818 -> 0.827 (floor 0.81 -> 0.82) and milestones fell 0.685 ->
# 0.676 (one milestone of the new documents unread, the same before and after the rules: the new
# documents, not a rule, lowered it; floor 0.68 -> 0.67); every other val figure unchanged.
# Batch 20 added 2 val documents (measured fresh, aggregates only): the new documents lowered units
# 0.643 -> 0.624 (5 new gold units, none read) and conditions 0.421 -> 0.417 (the
# same code before and after they came in). The batch-20 rules raised rewards 0.809 -> 0.824 (B20-1),
# conditions 0.417 -> 0.538 (B20-5) and metadata 0.937 -> 0.955 (B20-6/7): floors units 0.64 -> 0.62,
# rewards 0.79 -> 0.82, conditions 0.42 -> 0.53, metadata 0.94 -> 0.95.
# Stop 27 integration (branches extract, b19, b20 merged; figures measured on the merged code):
# val 76 documents: units 0.685 (the round's 0.705 less batch 20's new documents).
# Batch 21 added 2 val documents (measured fresh, aggregates only): the new documents lowered
# milestones 0.676 -> 0.667 (one more milestone predicted, none more matched, the same before and
# after the rules: floor 0.67 -> 0.66, the new documents, not a rule) and moved targets 0.827 -> 0.824, rewards 0.824 -> 0.830 and
# metadata 0.956 -> 0.957; the batch-21 rules raised metadata to 0.962 (B21-4: doc_number 0.962 ->
# 0.974; floor 0.95 -> 0.96) and changed no other val figure.
# Batch 22 added 2 val documents (measured fresh, aggregates only; the batch-22 rules changed no val
# figure): with them (78 documents) targets 0.827, milestones 0.676, recurring 0.800, rewards 0.816,
# units 0.685, tasks 0.674, conditions 0.538, metadata 0.957. The new documents, not a rule, lowered
# rewards to 0.816: floor 0.82 -> 0.81 (the measured figure rounded down).
# Stop 28 integration: val 80 documents: targets 0.824, milestones 0.667, recurring 0.800, rewards
# 0.823, units 0.685, tasks 0.674, conditions 0.538, metadata 0.963 (rewards floor back to 0.82).
# Batch 23 added 2 val documents (measured fresh, aggregates only; the batch-23 rules changed no val
# figure): with them (82 documents) targets 0.824, milestones 0.658, recurring 0.818, rewards 0.823,
# units 0.689, tasks 0.660, conditions 0.538, metadata 0.955. The new documents, not a rule, lowered
# milestones 0.667 -> 0.658, tasks 0.674 -> 0.660 and metadata 0.963 -> 0.955: floors 0.66 -> 0.65,
# 0.67 -> 0.65 (0.6597), 0.96 -> 0.95 (the measured figures rounded down).
# Batch 25 added 3 val documents (measured fresh, aggregates only; the batch-25 rules changed no val
# figure): with them (85 documents) targets 0.836, milestones 0.659, recurring 0.818, rewards 0.812,
# units 0.667, tasks 0.653, conditions 0.538, metadata 0.957. The new documents, not a rule, lowered
# rewards 0.823 -> 0.812 and units 0.689 -> 0.667: floors 0.82 -> 0.81 and 0.68 -> 0.66 (the measured
# figures rounded down).
# Batch 24 added 2 val documents (measured fresh, aggregates only; the batch-24 rules changed no val
# figure): with them (84 documents) targets 0.796, milestones 0.658, recurring 0.818, rewards 0.809,
# units 0.685, tasks 0.653, conditions 0.538, metadata 0.956. The new documents, not a rule, lowered
# targets 0.824 -> 0.796 and rewards 0.823 -> 0.809: floors 0.82 -> 0.79, 0.82 -> 0.80.
# Stop 29 integration (batches 24 and 25 and round 26 merged; measured on the merged code,
# aggregate only, as this test scores it): val 87 documents: targets 0.810, milestones 0.659,
# recurring 0.818, rewards 0.798, units 0.663, tasks 0.647, conditions 0.538, metadata 0.958. The
# two batches' val documents together, not a rule, lowered rewards and tasks (each batch alone
# measured rewards 0.809 and 0.812, tasks 0.653 and 0.653): floors 0.80 -> 0.79 and 0.65 -> 0.64.
# Targets 0.79 -> 0.80 (0.8095).
# Batch 26 added 2 val documents (measured fresh, aggregates only; the batch-26 rules changed no val
# figure): with them (89 documents, one refused) targets 0.794, milestones 0.652, recurring 0.818,
# rewards 0.798, units 0.697, tasks 0.673, conditions 0.538, metadata 0.959. The new documents, not a
# rule, lowered targets 0.810 -> 0.794 (floor 0.80 -> 0.79) and raised units 0.663 -> 0.697 and
# tasks 0.647 -> 0.673 (floors 0.66 -> 0.69, 0.64 -> 0.67).
# Round 28 (branch extract28; aggregate only): the yearly cells before a units column and the
# labelled unit trailers (one commit, invented forms) raised tasks 0.647 -> 0.667 and units 0.663 ->
# 0.667: tasks floor 0.64 -> 0.66.
# Stop 30 integration (batch 26 and round 28 together, 89 documents): units 0.700, tasks 0.691
# (floors 0.69 -> 0.70, 0.67 -> 0.69); the other figures as batch 26 measured them.
# Batch 27 added 2 val documents (measured fresh, aggregates only; the batch-27 rules changed no val
# figure): with them (91 documents, one refused) targets 0.796, milestones 0.624, recurring 0.818,
# rewards 0.798, units 0.715, tasks 0.702, conditions 0.538, metadata 0.960. The new documents, not a
# rule, lowered milestones 0.652 -> 0.624 (floor 0.65 -> 0.62) and raised units and tasks (floors
# 0.70 -> 0.71, 0.69 -> 0.70).
# Round 29 (branch extract29; aggregate only): the bodies a lead works with ("甲局要会同乙局、丙局,…",
# R29-4) raised units 0.700 -> 0.735 (floor 0.70 -> 0.73); no other val figure moved.
# Stop 31 integration (91 documents, one refused): targets 0.796, milestones 0.624, recurring 0.818,
# rewards 0.798, units 0.747, tasks 0.702, conditions 0.538, metadata 0.960: units floor 0.71 -> 0.74
# (round 29's 会同 rule with batch 27's documents).
# Batch 29 added 2 val documents (measured fresh, aggregates only): with them (93 documents, 2
# refused) targets 0.796, milestones 0.624, recurring 0.818, rewards 0.798, units 0.747, tasks 0.702,
# conditions 0.538, metadata 0.961; the batch-29 rules changed no val figure (counts included).
# Batch 28 added 2 val documents (measured fresh, aggregates only): with them (93 documents, one
# refused) targets 0.796, milestones 0.624, recurring 0.818, rewards 0.797, units 0.747, tasks 0.702,
# conditions 0.519, metadata 0.961. The new documents, not a rule, lowered conditions 0.538 -> 0.519
# (one new gold condition unread; the same before and after the batch-28 rules): floor 0.53 -> 0.51.
# The batch-28 rules (B28-1..9) raised units 0.747 -> 0.752 (B28-7; floor 0.74 -> 0.75) and moved no
# other val figure.
# Batch 30 added 2 val documents (measured fresh, aggregates only): with them (95 documents, 2
# refused) targets 0.801, milestones 0.612, recurring 0.818, rewards 0.798, units 0.750, tasks 0.702,
# conditions 0.538, metadata 0.961; the batch-30 rules changed no val figure (counts included). The
# new documents, not a rule, lowered milestones 0.624 -> 0.612 (floor 0.62 -> 0.61) and raised
# targets 0.796 -> 0.801 (floor 0.79 -> 0.80) and units 0.747 -> 0.750 (floor 0.74 -> 0.75).
# Stop 32 integration (97 documents, 2 refused; aggregates only, as this test scores them): targets
# 0.801, milestones 0.612, recurring 0.818, rewards 0.797, units 0.755, conditions 0.519, metadata
# 0.962: metadata 0.95 -> 0.96.
# Batch 31 added 2 val documents (measured fresh, aggregates only): with them (99 documents, 3
# refused) targets 0.801, milestones 0.612, recurring 0.818, rewards 0.793, units 0.755, tasks 0.702,
# conditions 0.519, metadata 0.956; the batch-31 rules changed no val figure (counts included). The
# new documents, not a rule, lowered metadata 0.962 -> 0.956 (floor 0.96 -> 0.95); recurring 0.818
# is raised to its floor 0.81 (it held at 0.818 since batch 28).
# Batch 32 added 2 val documents (measured fresh, aggregates only; 99 documents, 2 refused): targets
# 0.804, milestones 0.612, recurring 0.818, rewards 0.797, units 0.755, tasks 0.702, conditions
# 0.519, metadata 0.963; after the batch-32 rules units 0.758 (one prediction fewer), every other
# count as fresh. Every val floor holds.
# Round 34 (branch extopen34; its brief let the val texts, gold and misses be read, so from here
# val figures are tuned on like dev's): targets 0.804 -> 0.872 (floor 0.80 -> 0.87), milestones
# 0.612 -> 0.640 (0.61 -> 0.64), metadata 0.957 -> 0.974 (0.95 -> 0.97); every other val count
# the same.
# Batch 33 added 2 val documents (measured fresh, aggregates only; 103 documents, 3 refused):
# targets 0.872, milestones 0.640, recurring 0.818, rewards 0.801, units 0.758, tasks 0.702,
# conditions 0.519, metadata 0.968; the batch-33 rules changed no val count. The new documents,
# not a rule, lowered metadata 0.974 -> 0.968 (floor 0.97 -> 0.96).
# Batch 34 added 3 val documents (measured fresh, aggregates only; 106 documents, 3 refused):
# targets 0.875, milestones 0.621, recurring 0.818, rewards 0.804, units 0.755, tasks 0.702,
# conditions 0.485, metadata 0.965. After the batch-34 rules (B34-1..8; B34-8, a page's list of other
# articles and its restated headline, was written from the misses of a val document, so val is
# tuned on as in round 34): milestones 0.640 (floor 0.64 holds), units 0.763 (floor 0.75 -> 0.76),
# tasks 0.719 (0.70 -> 0.71), metadata 0.969. The new documents, not a rule, lowered conditions
# 0.519 -> 0.485 (a reward page's three numbered conditions, two of them read under other kinds than
# the gold's): floor 0.51 -> 0.48.
# Batch 35 added 3 val documents (measured fresh, aggregates only; 109 documents, 3 refused):
# targets 0.873, milestones 0.634 (32/48/53), recurring 0.818, rewards 0.793, units 0.763, tasks
# 0.719, conditions 0.485, metadata 0.969; the batch-35 rules changed no val count. The new
# documents, not a rule, lowered milestones 0.640 -> 0.634 (one milestone predicted in them, none
# in their gold): floor 0.64 -> 0.63.
# Round 37 (branch ext37b, genre rules written from invented texts and dev, val read in aggregate
# only): a "分别" list of sums paid to a same-length list of named recipients raised val rewards
# 0.793 -> 0.801 (111/129 -> 113/131 of 151; floor 0.79 -> 0.80).
# Batch 36 added 3 val documents (measured fresh, aggregates only; 112 documents, 3 refused):
# targets 0.865 (253/298/287), milestones 0.617 (33/51/56), recurring 0.818, rewards 0.796
# (121/141/163), units 0.759, tasks 0.707 (41/58/58), conditions 0.457 (8/13/22), metadata 0.964.
# After the batch-36 rules (written from dev and invented texts only): units 0.766, every other val
# count as fresh. The new documents, not a rule, lowered targets 0.875 -> 0.865, milestones 0.634
# -> 0.617, rewards 0.801 -> 0.796, tasks 0.719 -> 0.707 and conditions 0.485 -> 0.457 (the batch
# alone: targets 0/4/3, milestones 1/3/3, rewards 8/10/12, conditions 0/0/2): floors 0.87 -> 0.86,
# 0.63 -> 0.61, 0.80 -> 0.79, 0.71 -> 0.70, 0.48 -> 0.45.
# Batch 37 added 2 val documents (measured fresh, aggregates only; 114 documents, 3 refused):
# targets 0.852 (253/307/287), milestones 0.611, recurring 0.818, rewards 0.798 (132/153/178),
# units 0.766, tasks 0.707, conditions 0.410 (8/13/26), metadata 0.962. After the batch-37 rules
# (written from dev and invented texts only): targets 0.853 (253/306/287), every other val count as
# fresh. The new documents, not a rule, lowered targets 0.865 -> 0.852 (the batch alone 0/9/0)
# and conditions 0.457 -> 0.410 (the batch alone 0/0/4): floors 0.86 -> 0.85, 0.45 -> 0.41.
# Batch 38 added 3 val documents (measured fresh, aggregates only; 117 documents, 3 refused):
# targets 0.855 (257/310/291), milestones 0.611, recurring 0.818, rewards 0.798, units 0.766,
# tasks 0.707, conditions 0.410, metadata 0.963 (the batch alone: targets 4/4/4, metadata 1.0).
# After the batch-38 rules (written from dev and invented texts only): units 0.769 (98/117/138),
# every other val count as fresh; floors hold.
# Batch 39 added 2 val documents (measured fresh, aggregates only; 119 documents, 3 refused):
# targets 0.855, milestones 0.606 (33/53/56), recurring 0.818, rewards 0.798, units 0.766
# (98/118/138), tasks 0.701 (41/59/58), conditions 0.410, metadata 0.961 (the batch alone: one
# false milestone, unit and task, region 1 of 2). The batch-39 rules (written from dev and invented
# texts only) changed no val count. The new documents, not a rule, lowered milestones 0.611 ->
# 0.606: floor 0.61 -> 0.60.
# Batch 40 added 2 val documents (measured fresh, aggregates only; 121 documents, 5 refused: both
# new ones): targets 0.855, milestones 0.606, recurring 0.818, rewards 0.793 (132/153/180: the
# batch alone 0/0/2), units 0.766, tasks 0.701, conditions 0.410, metadata 0.961. After the
# batch-40 rules (written from dev and invented texts only): targets 0.857 (258/311/291), every
# other val count as fresh; floors hold.
# Batch 41 added 2 val documents (aggregate only, fresh = after): tasks 0.70 -> 0.69 and metadata
# 0.96 -> 0.95 (new documents: one task and one unit missed, one region and one date missed).
# Batch 42 added 2 val documents (aggregate only): fresh rewards 0.782, tasks 0.667, conditions 0.400
# (the batch alone rewards 8/15/10, tasks 0/2/3, conditions 0/0/1); after the batch-42 rules (written
# from dev and invented texts only) rewards 0.786 (B42-7), every other val count as fresh. The new
# documents, not a rule, lowered rewards 0.79 -> 0.78, tasks 0.69 -> 0.66 and conditions 0.41 -> 0.40.
# Batch 43 added 2 val documents (aggregate only, fresh = after: the batch-43 rules, written from dev
# and invented texts only, changed no val count): targets 0.856 -> 0.834 (the batch alone 0/8/8), so
# the floor 0.85 -> 0.83; rewards 0.796 (the batch alone 11/11/12).
# Batch 44 added 2 val documents (aggregate only): fresh milestones 0.584 (the batch alone 0/2/2),
# so the floor 0.60 -> 0.58 (new documents, fresh = after); after the batch-44 rules tasks 0.667 ->
# 0.672 (41/61/62 -> 41/60/62, one predicted task fewer), every other val count as fresh: floor tasks
# 0.66 -> 0.67.
# Batch 45 added 2 val documents (aggregate only, fresh = after: the batch-45 rules, written from dev
# and invented texts only, changed no val figure): milestones 0.569, units 0.746, tasks 0.656 (the
# batch alone milestones 0/2/1, units 3/8/6, tasks 0/2/1), so floors milestones 0.58 -> 0.56, units
# 0.76 -> 0.74 and tasks 0.67 -> 0.65 (new documents).
# Batch 46 added 2 val documents (aggregate only): fresh tasks 0.646 (the batch alone 0/1/1), so the
# floor 0.65 -> 0.64 (new documents); after the batch-46 rules conditions 0.400 -> 0.410 (8/13/27 ->
# 8/12/27, one predicted condition fewer), every other val count as fresh: floor conditions 0.40 ->
# 0.41; milestones 0.571 and recurring 0.833 raise theirs to 0.57 and 0.83.
# Batch 47 (branch ext53) added 2 val documents (aggregate only, fresh = after: the batch-47 rules,
# written from dev and invented texts only, changed no val count): milestones 0.569 -> 0.559 and
# metadata 0.952 -> 0.947 (the batch alone milestones 0/1/1, doc number 0.5, issued 0.5), so floors
# milestones 0.56 -> 0.55 and metadata 0.95 -> 0.94 (new documents), for the integrator to confirm.
# Stop 44 (lead): batches 46 and 47 merged (135 documents, aggregate): milestones 0.562 (batch 47's
# val documents lowered batch 46's 0.571), recurring 0.833, conditions 0.410 set their floors.
# Batch 48 (branch ext54; 2 val documents, aggregate only; fresh = after: the batch-48 rules changed
# no val count): rewards 0.784 -> 0.769 (the batch alone 10/20/14), so floor rewards 0.78 -> 0.76
# (new documents), for the integrator to confirm.
# Batch 49 (branch ext55) added 2 val documents (aggregate only, fresh = after: the batch-49 rules,
# written from dev and invented texts only, changed no val count; two tried were dropped because
# val fell, FAILURES.md "Batch 49"): units 0.745 -> 0.722 and tasks 0.646 -> 0.626 (the batch alone
# units 0/0/9, tasks 0/0/4), so floors units 0.74 -> 0.72 and tasks 0.64 -> 0.62 (new documents),
# for the integrator to confirm.
# Batch 50 (branch ext56) added 2 val documents (aggregate only, fresh = after: the batch-50 rules,
# written from dev and invented texts only, changed no val count): milestones 0.562 -> 0.553 and
# units 0.722 -> 0.707 (the batch alone targets 0/3/3, milestones 0/1/1, units 0/1/5, tasks 0/0/1),
# so floors milestones 0.56 -> 0.55 and units 0.72 -> 0.70 (new documents), for the integrator to
# confirm.
# Batch 51 (branch ext58) added 2 val documents (aggregate only): fresh targets 0.826 and milestones
# 0.531 (the batch alone targets 5/9/8, milestones 0/1/4); after the batch-51 rules (written from dev
# and invented texts only) milestones 0.543 (34/61/67 -> 35/62/67, B51-3; the earlier documents
# 0.553 -> 0.565), every other val count as fresh.  The new documents, not a rule, lowered targets
# 0.83 -> 0.82 and milestones 0.55 -> 0.54, for the integrator to confirm.
# Batch 52 (branch ext59) added 2 val documents (aggregate only; fresh = after, the batch-52 rules
# changed no val count): targets 0.826 -> 0.803 (289/362/338 -> 289/379/341; the batch alone
# 0/17/3), so the new documents, not a rule, lower the targets floor 0.82 -> 0.80, for the
# integrator to confirm; milestones 0.550 (36/63/68) and every other floor hold.
# Batch 53 (branch ext60) added 2 val documents (aggregate only; fresh = after, the batch-53 rules
# changed no val count): targets 0.803 -> 0.798 (289/379/341 -> 289/381/343; the batch alone 0/2/2),
# milestones 0.550 -> 0.533 (36/63/68 -> 36/65/70; the batch alone 0/2/2), so the new documents, not
# a rule, lower the targets floor 0.80 -> 0.79 and the milestones floor 0.54 -> 0.53, for the
# integrator to confirm; every other floor holds.
# Batch 54 (branch ext61) added 2 val documents (aggregate only; fresh = after, the batch-54 rules
# changed no val count): milestones 0.550 -> 0.537 (36/63/68 -> 36/63/71; the batch alone 0/0/3),
# so the new documents, not a rule, lower the milestones floor 0.54 -> 0.53, for the integrator to
# confirm; targets 0.804 (the batch alone 2/2/2) and every other floor hold.
# Batches 53 and 54 together (merged at stop 47): milestones 0.522 (36/65/73), both batches' new
# documents and no rule, so the floor goes 0.53 -> 0.52; targets 0.799 (291/383/345).
# Batch 55 (branch ext62) added 2 val documents (aggregate only; fresh = after, the batch-55 rules
# changed no val count): tasks 0.621 -> 0.607 (41/63/69 -> 41/64/71; the batch alone 0/1/2), units
# 0.715 -> 0.709 (the batch alone 2/4/4), so the new documents, not a rule, lower the tasks floor
# 0.62 -> 0.60, for the integrator to confirm; every other floor holds.
# Batch 56 (branch ext63) added 2 val documents (aggregate only; fresh = after, the batch-56 rules
# changed no val count): units 0.709 -> 0.715 (114/144/175), tasks 0.607 -> 0.613 (42/65/72),
# milestones 0.522 -> 0.525 (37/66/75; the batch alone 1/1/2), so floors units 0.70 -> 0.71 and
# tasks 0.60 -> 0.61; every other floor holds.
# Batch 57 (branch ext64) added 2 val documents (aggregate only; fresh = after, the batch-57 rules
# changed no val count): rewards 0.769 -> 0.746 (166/208/224 -> 173/219/245; the batch alone
# 7/11/21), milestones 0.522 -> 0.518 (the batch alone 0/1/0), conditions 0.410 -> 0.511 (8/12/27 ->
# 12/16/31; the batch alone 4/4/4).  The new documents, not a rule, lower the floors rewards 0.76 ->
# 0.74 and milestones 0.52 -> 0.51 and raise conditions 0.41 -> 0.51, for the integrator to confirm.
# Batches 56 and 57 merged (stop 48, the integrator): val milestones 0.521 (37/67/75) keeps 0.52;
# rewards 0.746, units 0.715, tasks 0.613, conditions 0.511 as each batch set.
# Stop 49 (branch ext65, target generality, no new documents): T49-1 (a text writing one year
# only dates its undated figures) and T49-2 (an undated figure of a reward rule is a criterion)
# raised val targets 0.799 (291/383/345) -> 0.821 (296/376/345): floor 0.79 -> 0.82.
# Stop 49 (branch ext66, reward generality, aggregate only): the rules R49-1, R49-2 and R49-5 raised
# val rewards 0.746 -> 0.766 (173/219/245 -> 180/225/245), so the rewards floor 0.74 -> 0.76.
# Stop 49 (the integrator, merged head): fix86's 落款 rule (a task table's last row above the
# signing date is no issuer; the date is kept) raised val milestones 0.525 -> 0.539: floor 0.52 -> 0.53.
# Stop 53 (branch ext55, aggregate only): T55-2..4 raised val units 0.715 -> 0.738 (114/144/175 ->
# 120/150/175) and tasks 0.613 -> 0.648 (42/65/72 -> 46/70/72): floors 0.71 -> 0.73, 0.61 -> 0.64.
# Stop 59 (branch ext59, aggregate only): a body named with the full name of a city or county of
# the region's province is the document's unit (units._OwnPlace), and a department opening a
# clause with a step it carries out (units._SUBJECT_STEP), raised val units 0.738 -> 0.755
# (120/150/175 -> 125/156/175): floor 0.73 -> 0.75.  Dev milestones 0.883 -> 0.886 (a meeting's
# year is no step) keeps its floor 0.88.
# Batch 58 (branch ext61) added 2 val documents (aggregate only): fresh conditions 0.511 -> 0.490
# (12/16/31 -> 12/16/33), targets 0.822 -> 0.820 (296/377/345); B58-1 (an honour's seats are a
# condition, never targets) brought conditions to 0.520 (13/17/33; 0.5199…, so the floor stays
# 0.51) and targets to 0.822 (296/375/345): every floor holds.
# Batch 59 (branch ext62) added 2 val documents (aggregate only; their part 4/4/4 targets, 1/1/1
# milestones): every figure held fresh (targets 0.824, conditions 0.520); B59-1..3 raised units
# 0.755 -> 0.759 (125/156/175 -> 126/157/175): every floor holds, none rises.
# Batch 60 (branch ext62b) added 2 val documents (aggregate only; plans cut before their facts,
# their part 0/0/0 everywhere, issued 1 of 2): every figure held fresh and after (targets 0.824,
# units 0.759, metadata 0.945 -> 0.944): every floor holds, none rises.
VAL_FLOORS: Floors = {
    "targets": 0.82,
    "milestones": 0.53,
    "recurring": 0.83,
    "rewards": 0.76,
    "units": 0.75,
    "tasks": 0.64,
    "conditions": 0.51,
    "metadata": 0.94,
}


@cache
def _seed_score() -> CorpusScore:
    total, _ = score_corpus(find_documents(list(SEED_GOLD), SEED_TEXTS), optional="skip")
    return total


@cache
def _unseen_score(split: str) -> CorpusScore:
    total, _ = score_corpus(find_documents([ROOT / "corpus" / "unseen" / split]), optional="empty")
    return total


def _figure(total: CorpusScore, name: str) -> float:
    return total.metadata()["mean"] if name == "metadata" else total.f1(name)


def _assert_floors(total: CorpusScore, floors: Floors, split: str) -> None:
    below = {
        name: (round(_figure(total, name), 3), floor)
        for name, floor in floors.items()
        if _figure(total, name) < floor
    }
    assert not below, f"{split}: figure below its floor (figure, floor): {below}"


def test_seed_extraction_keeps_its_floors() -> None:
    # the five seeds: a clone anywhere holds their gold (``tests/test_gold_dev.py`` keeps the
    # copy equal to ``../shared/gold-dev`` where that is beside the checkout)
    assert len(find_documents(list(SEED_GOLD), SEED_TEXTS)) == 5
    _assert_floors(_seed_score(), SEED_FLOORS, "seeds")


def test_unseen_dev_extraction_keeps_its_floors() -> None:
    _assert_floors(_unseen_score("dev"), DEV_FLOORS, "unseen dev")


def test_unseen_val_extraction_keeps_its_floors() -> None:
    _assert_floors(_unseen_score("val"), VAL_FLOORS, "unseen val")


def test_unseen_blind_extraction_keeps_its_floors() -> None:
    if not BLIND_FLOORS:
        pytest.skip("blind floors not set yet (the integrator sets them from an aggregate run)")
    _assert_floors(_unseen_score("blind"), BLIND_FLOORS, "unseen blind")


def test_every_dev_document_has_its_text_and_gold() -> None:
    folder = ROOT / "corpus" / "unseen" / "dev"
    assert len(find_documents([folder])) == len(list(folder.glob("*.txt"))) > 0

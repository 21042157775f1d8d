# ruff: noqa: E501  (the table below is data: one need per line)
"""Relevance judgments of the evaluation set (issue 24), made on a pooled list of candidates per
need (tests/evaluation/pool.py: the first ten of the suggestions, of the LIKE baseline and of a
plain keyword search, shown in key order without ranks) against the written criteria in
tests/evaluation/README.md. Every candidate of a need's pool is judged: relevant, or not.

One line per need, in the order of partner_set.NEEDS:
need number | seeking company | relevant partners | judged not relevant
"""

from __future__ import annotations

from dataclasses import dataclass

JUDGMENTS = """
0|c_cnc1|fhdo_erp iml_pl rub_lps tud_ips|ad_messe ad_ruhr c_cnc3 fhdo_ft fhswf fhswf_et fhswf_kt fhswf_tbw lab_ct sw_erp sw_mes
1|c_cnc2|sw_erp sw_iot sw_mes|ad_messe ad_ruhr c_elec c_pack cons_fund fhdo_erp iml_fts iml_pl lab_ct sw_web tud_isf tud_iul umsicht
2|c_forge|fhdo_erp iml_pl sw_erp|cons_en cons_fund en_agentur fhswf_kt hwk_do ihk_do sw_mes
3|c_stamp|fhdo_ft tud_isf tud_lwt|c_cnc1 c_cnc2 c_cnc3 c_cnc4 ieg k_el1 tud
4|c_pack|c_cnc1 c_cnc2 c_cnc4|c_cast c_elec c_forge c_laser iml_fts k_el1 k_roof tud_isf
5|c_med|c_cnc1 c_cnc2 c_cnc3 c_cnc4|c_elec k_serv2 tud_isf
6|c_pl1|c_am1 c_am2 fhdo_ft|c_cnc4
7|c_pack|c_am1 c_am2 fhdo_ft|c_elec hr_talent k_serv2 rub_lps rub_tt rub_wt tud tud_isf tud_tt
8|c_cnc4|c_am2 fhdo_ft|c_am1
9|c_robot|fhdo_at hsbo_mt iml tud_tt|fhdo_de fhdo_erp fhswf_lf fhswf_tbw iml_fts iml_pl
10|c_hydr|fhdo_at ing_sps|c_robot rub_lps tud_ips
11|c_forge|c_robot ing_ce ing_sps k_serv1|fhdo_at rub_lps tud_ips tud_iul lab_emv
12|c_cast|lab_ct|c_pl1 fhswf_kt lab_emv lab_wp rub_wt thga_mp
13|c_stamp|lab_wp rub_wt thga_mp tud_lwt|tud_isf tud_iul
14|c_cnc3|lab_wp rub_wt thga_mp|c_am1 c_forge c_hard c_laser fhswf_kt fhswf_lf lab_ct lab_emv tud_lwt
15|c_galv|thga_mp tud_lwt|c_coat k_paint lab_wp tud_isf
16|c_cnc2|c_forge c_hard|c_cast c_cnc1 c_cnc4 c_elec k_el1 k_roof lab_wp tud_isf tud_lwt
17|c_laser|c_coat|c_am1 c_am2 c_galv fhswf_lf k_paint tud_isf
18|c_drive|ing_fem rub_wt tud_iul|fhdo_at fhswf_et hsbo_mt
19|c_stamp|ing_fem tud_iul|c_forge c_laser rub_fvt tud tud_flw tud_isf
20|c_steel|ing_fem ing_stat|tud_flw tud_isf tud_iul
21|c_pack|ing_fem rub_fvt umsicht|sw_web tud_flw tud_isf tud_iul
22|c_pl2|fhswf_kt umsicht|c_am1 c_pl1 c_recy lab_wp rub_wt thga_mp
23|c_med|c_pl1|c_am1 c_pl2 fhswf_kt
24|c_elec|fhswf_lf|c_laser c_pl1 c_robot c_steel k_metal
25|c_sens|c_glue fhswf_lf|c_hydr
26|c_foer|iml_fts tud_flw|c_spedi en_agentur fhdo_erp iml log_hagen tud tud_lfo
27|log_hagen|iml tud_flw tud_lfo|c_foer c_spedi hsbo_bi iml_fts iml_pl ing_stat ing_tga mpisp rub_lps sw_mes tud tud_ips
28|c_spedi|iml tud_lfo|cons_lean cons_qm fhdo_erp fhswf fhswf_et fhswf_kt fhswf_lf fhswf_tbw iml_fts rub_lps sw_sec tud uwh
29|c_bake|c_spedi iml log_hagen tud_lfo|c_coat c_foer iml_fts iml_pl tud tud_flw
30|c_cnc1|cons_lean fhswf_tbw rub_lps tud_ips tud_lfo|
31|c_hydr|cons_lean fhswf_tbw rub_lps tud_ips|cons_qm fhdo_erp iml sw_sec tud_lfo uwh
32|c_forge|cons_qm|lab_food
33|c_sens|lamarr sw_ai tud_ki|iml k_serv1 k_serv2 k_shk1 k_shk2 rub_lps
34|c_cnc3|lamarr sw_ai tud_ki|c_cast c_cnc2 c_cnc4 c_coat fhswf_kt iml ing_ce lab_ct lab_emv lab_wp rub_wt thga_mp tud_isf
35|c_pack|c_sens fhdo_at sw_iot|fhdo fhdo_ft fhswf iml_fts ing_kon k_serv1 lamarr sw_ai
36|c_med|mpisp rub_hgi sw_sec|cons_en cons_qm rub
37|c_elec|fhswf_et mpisp rub_hgi|fhdo fhdo_erp fhswf hsbo_bi iml_fts iml_pl isst lab_ct lab_emv rub tud uwh uwh_wifu
38|c_drive|fhswf_et|fhdo fhswf tud
39|c_elec|fhswf_et lab_emv|ing_ce ing_kon sw_ai
40|c_robot|ing_ce lab_emv|fhdo fhswf ing_kon rub thga tud
41|c_robot|doc_red ing_ce|c_am1 c_am2 c_laser fhdo fhswf fhswf_lf fhswf_tbw ing_kon rub thga tud
42|c_forge|cons_en ieg ing_tga umsicht|
43|c_cast|cons_co2|umsicht
44|c_brew|ing_tga k_shk1 k_shk2|ieg
45|c_spedi|hsbo_mt k_el1 k_el2|hsbo tud_ie3
46|c_pl1|hsbo_h2 k_el1 k_roof tud_ie3|ieg
47|c_hard|hsbo_h2 ieg umsicht|fhswf_kt lab_ct lab_emv lab_wp rub_wt thga_mp
48|c_brew|ieg|
49|c_steel|hsbo_bi ing_stat|hsbo
50|c_bake|ing_tga k_shk1 k_shk2|cons_en hsbo_bi iml_pl ing_stat k_el2 mpisp rub_lps sw_mes tud_ips tud_lfo
51|c_bake|lab_food|cons_qm
52|c_med|ifado tud_ips|c_cnc1 c_coat k_roof rub_lps
53|c_glue|isas|fhswf_lf lab_food lab_wp
54|c_cast|cons_fund en_agentur tud_tt|
55|c_sens|fhswf_et rub_tt tud_tt|cons_fund fhdo fhswf hsbo hsbo_bi hsbo_mt ieg rub_hgi thga umsicht uwh uwh_wifu
56|c_cnc4|fhdo_ft fhswf rub thga tud_tt|c_robot fhdo fhswf_tbw hsbo_bi tud uwh uwh_wifu
57|c_hydr|cons_succ uwh_wifu|
58|c_galv|ad_messe en_agentur hr_talent|ad_ruhr
59|c_drive|ad_messe ad_ruhr fhdo_de|fhdo_at sw_web tud_ips
60|c_recy|sw_ai tud_ki|fhdo_at ing_sps umsicht
61|c_pl1|c_am2 c_tool fhdo_ft fhswf_kt|c_am1 c_elec ing_kon k_serv2 rub_lps tud tud_isf
62|c_med|isst|
63|c_robot|iml_pl rub_lps tud_ips|c_cnc1 c_med ing_fem ing_sps k_roof rub_fvt tud_flw tud_isf tud_iul sw_iot
64|k_serv2|c_cnc1 c_cnc4 c_hydr|k_serv1
65|c_laser|c_steel k_metal|c_pl1 c_robot fhswf_lf ing_stat
"""


@dataclass(frozen=True)
class Judgment:
    seeker: str
    relevant: frozenset[str]
    not_relevant: frozenset[str]

    @property
    def judged(self) -> frozenset[str]:
        return self.relevant | self.not_relevant


def judgments() -> list[Judgment]:
    out: list[Judgment] = []
    for number, line in enumerate(JUDGMENTS.strip().splitlines()):
        n, seeker, relevant, not_relevant = line.split("|")
        assert int(n) == number, f"judgment {n} out of order"
        out.append(Judgment(seeker, frozenset(relevant.split()), frozenset(not_relevant.split())))
    return out

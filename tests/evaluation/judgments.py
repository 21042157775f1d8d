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
0|c_cnc1|feu_pl feu_wi fhdo_erp iml_pl rub_lps tud_ips|ad_b2b ad_messe ad_ruhr c_cnc3 cons_dig fhdo_ft fhswf fhswf_et fhswf_kt fhswf_tbw hsbo_geo lab_ak lab_ct lab_wasser mdz sw_erp sw_erp2 sw_geo sw_mes sw_mes2 fhdo_idial
1|c_cnc2|sw_erp sw_erp2 sw_iot sw_mes sw_mes2|ad_druck ad_messe ad_ruhr c_elec c_foil c_pack cons_dig cons_erp cons_fund fhdo_erp hsbo_wzm iml_fts iml_pl ing_rob lab_ct o_i40 sw_geo sw_web tud_isf tud_iul umsicht
2|c_forge|cons_erp feu_wi fhdo_erp iml_pl sw_erp sw_erp2|cons_dig cons_en cons_fund cons_qm2 efa en_agentur fhswf_kt hwk_do ihk_do sw_mes wf_bo
3|c_stamp|fhdo_ft hsbo_wzm tud_isf tud_lwt|c_cnc1 c_cnc2 c_cnc3 c_cnc4 c_cnc5 c_cnc6 c_cnc7 c_grind c_wzm ieg k_el1 rub_lmk tud
4|c_pack|c_cnc1 c_cnc2 c_cnc4 c_cnc6 c_cnc7|ad_druck c_cast c_elec c_foil c_forge c_laser c_wzm iml_fts k_el1 k_roof tud_isf
5|c_med|c_cnc1 c_cnc2 c_cnc3 c_cnc4 c_cnc5 c_cnc7|c_am3 c_elec c_weld c_wzm k_schl k_serv2 tud_isf
6|c_pl1|c_am1 c_am2 fhdo_ft|c_cnc4 c_pcb ing_pe k_modell
7|c_pack|c_am1 c_am2 c_am3 fhdo_ft|c_cnc5 c_cnc7 c_eldev c_elec hr_talent hsbo_wzm isst_hc k_serv2 rub_lps rub_tt rub_wt tud tud_isf tud_tt tud_wpt
8|c_cnc4|c_am2 fhdo_ft|c_am1 c_am3 cons_erp tud_wpt
9|c_robot|fhdo_at hsbo_mt hsbo_tt iml tud_irf tud_tt|fhdo_de fhdo_erp fhdo_log fhdo_tt fhswf_lf fhswf_tbw iml_fts iml_pl ing_rob tud_rst
10|c_hydr|fhdo_at fhswf_rt ing_eplan ing_sps|c_eldev c_robot c_swg rub_lps tud_ips
11|c_forge|c_robot c_swg c_wzm ing_ce ing_eplan ing_sps k_serv1|c_eldev fhdo_at fhswf_rt k_el4 k_kaelte lab_emv rub_lps tud_ips tud_iul
12|c_cast|lab_ct lab_zfp tud_wpt|c_auto c_pl1 c_pl3 fhdo_kt fhswf_ifi fhswf_kt lab_emv lab_korr lab_kst lab_wp rub_wt thga_mp
13|c_stamp|ing_sv lab_wp rub_wt thga_mp tud_lwt|c_tool2 fhdo_kt fhswf_ifi fhswf_ut tud_isf tud_iul
14|c_cnc3|lab_mpz lab_wp rub_wt thga_mp tud_wpt|c_am1 c_auto c_elox c_forge c_hard c_hard2 c_laser c_sheet fhswf_kt fhswf_lf hsbo_geo lab_ct lab_emv lab_zfp tud_lwt
15|c_galv|fhswf_ifi fhswf_ot lab_korr rub_ac thga_mp tud_lwt|c_coat c_kss c_paint c_sheet k_paint lab_wp tud_isf
16|c_cnc2|c_forge c_hard c_hard2|c_cast c_cnc1 c_cnc4 c_cnc6 c_cnc7 c_elec c_elox c_oven c_wzm k_el1 k_roof lab_mpz lab_wp tud_isf tud_lwt
17|c_laser|c_coat|c_am1 c_am2 c_galv c_lack c_paint c_sheet fhswf_ifi fhswf_lf fhswf_ot hsbo_geo k_boden k_paint lab_korr rub_ac rub_ptt sw_geo tud_isf
18|c_drive|c_alu c_dc fhdo_kt hsbo_sol ing_fem rub_wt tud_iul|c_motor fhdo_at fhswf_et fhswf_rt hsbo_mt k_emb rub_lmk thga_ma tud_wpt
19|c_stamp|fhswf_ut ing_cae ing_fem tud_iul|c_forge c_laser c_sheet c_spring hsbo_wzm ing_cfd rub_fvt rub_leat sw_sim tud tud_flw tud_isf tud_itpl
20|c_steel|ing_cae ing_fem ing_stat|fhswf_ut ing_cfd rub_leat sw_sim tud_flw tud_isf tud_itpl tud_iul
21|c_pack|ing_cfd ing_fem rub_fvt umsicht|cons_pp fhswf_ut ing_cae rub_leat sw_sim sw_web tud_flw tud_isf tud_itpl tud_iul tud_rst
22|c_pl2|fhswf_kt lab_kst umsicht_kw|c_am1 c_foil c_pl1 c_recy iml_ul lab_mpz lab_wp rub_wt thga_mp tud_wpt umsicht
23|c_med|c_pl1 c_pl3|c_am1 c_am3 c_cnc7 c_pl2 c_tool2 fhdo_kt fhswf_kt hsg_gt k_modell umsicht_kw
24|c_elec|fhswf_lf|c_cnc6 c_laser c_pl1 c_robot c_steel c_weld edu_bz k_metal k_schl lab_mpz lab_zfp
25|c_sens|c_glue fhswf_lf|c_hydr c_rub c_sens2 fhdo_mst hsbo_st ims ing_h2 rub_ac tud_irf
26|c_foer|iml_fts tud_flw|c_spedi cons_log en_agentur feu feu_pl fhdo_erp iml iml_ul iml_vl ing_ens ing_fab log_ful log_hagen rub_isse tud tud_lfo tud_mkt wf_bo
27|log_hagen|cons_log iml tud_flw tud_lfo|c_conv c_foer c_spedi feu_pl hsbo_bi iml_fts iml_pl iml_ul iml_vl ing_elp ing_ens ing_fab ing_stat ing_tga log_ful mpisp rub_lps sw_mes tud tud_ips tud_raum tud_stat
28|c_spedi|fhdo_log iml_ek tud_itpl tud_lfo|c_batt cons_efa cons_lean cons_qm ebz feu_pl fhdo_erp fhswf fhswf_et fhswf_kt fhswf_lf fhswf_tbw iml iml_fts iml_ul iml_vl isst_dw rub_lps sw_sec tud uwh fhswf_tt
29|c_bake|c_spedi cons_log feu_pl fhdo_log iml_vl log_hagen tud_lfo|c_coat c_foer c_sheet iml iml_ek iml_fts iml_pl iml_ul tud tud_flw tud_itpl
30|c_cnc1|cons_lean fhswf_tbw rub_lps tud_ips tud_lfo|c_cnc5
31|c_hydr|cons_lean fhswf_tbw rub_lps tud_ips|c_batt cons_efa cons_qm ebz fhdo_erp fhdo_log hsbo_wiwi iml iml_ek isst_dw sw_sec tud_lfo uwh
32|c_forge|cons_qm cons_qm2|cons_cert lab_food
33|c_sens|lamarr sw_ai sw_ki2 thga_ma tud_ki tud_stat|cons_erp feu_psy hsbo_st iml ing_cfd k_kaelte k_serv1 k_serv2 k_shk1 k_shk2 mdz rub_lps sw_vis tud_irf
34|c_cnc3|lamarr sw_ai sw_vis tud_irf tud_ki|c_cast c_cnc2 c_cnc4 c_cnc5 c_coat c_dc c_lack c_wzm fhdo_soz fhswf_ifi fhswf_kt iml ing_ce lab_ct lab_emv lab_korr lab_wp mdz rub_wt sw_ki2 thga_mp tud_isf tud_stat tud_wpt
35|c_pack|c_sens fhdo_at sw_iot|ad_b2b fhdo fhdo_ft fhdo_kt fhswf hsg iml_fts ing_kon k_emb k_serv1 lab_ak lamarr sw_ai sw_vis
36|c_med|mpisp rub_hgi sw_sec|cons_cert cons_en cons_qm cons_qm2 fhdo_idial mdz rub
37|c_elec|fhdo_idial fhswf_et mpisp rub_hgi rub_syssec|fhdo fhdo_erp fhswf hsbo_bi hsbo_st iml_fts iml_pl ims isst lab_ct lab_emv mdz rub rub_wst tud tud_ls12 uwh uwh_wifu
38|c_drive|fhswf_et rub_eele tud_eam|c_eldev fhdo fhswf hsbo_st rub_wst tud fhdo_at fhdo_mst fhdo_re
39|c_elec|fhswf_et lab_emv|c_eldev ing_ce ing_kon k_el4 sw_ai
40|c_robot|ing_ce lab_emv|c_wzm fhdo fhswf ing_kon k_el4 rub rub_isse thga tud fhdo_ft fhdo_kt
41|c_robot|doc_red ing_ce|ad_b2b c_am1 c_am2 c_laser c_sheet c_wzm cons_erp cons_qm2 fhdo fhswf fhswf_lf fhswf_tbw hsbo_geo ing_kon rub rub_isse sw_geo thga tud fhdo_ft fhdo_kt
42|c_forge|c_oven cons_efa cons_en ieg ing_tga umsicht|ebz feu_eet rub_leat sihk
43|c_cast|cons_co2 cons_esg|fhdo_kt hsbo_wiwi iml_ul tud_mkt umsicht
44|c_brew|ing_tga k_kaelte k_shk1 k_shk2|ieg k_shk3
45|c_spedi|hsbo_mt k_el1 k_el2|hsbo hsbo_sol tud_eam tud_ie3
46|c_pl1|fhdo_re hsbo_h2 ing_elp ing_pv k_el1 k_el3 k_roof tud_ie3 umsicht_es|hsbo_sol ieg k_dach2
47|c_hard|hsbo_h2 ieg ing_h2 rub_leat umsicht_es|c_auto c_oven fhswf_ifi fhswf_kt lab_ct lab_emv lab_wp rub_tc rub_wt thga_mp tud_wpt umsicht
48|c_brew|ieg|ing_fab wf_bo
49|c_steel|hsbo_bi ing_stat|hsbo tud_stahl
50|c_bake|ing_ens ing_tga k_kaelte k_shk1 k_shk2 k_shk3|cons_en hsbo_bi iml_pl iml_vl ing_cfd ing_elp ing_fab ing_stat k_el2 mpisp rub_lps sw_mes tud_ips tud_lfo tud_raum
51|c_bake|lab_food|cons_cert cons_qm cons_qm2 ing_ens
52|c_med|baua ifado tud_ips|c_auto c_cnc1 c_coat c_pl3 c_sheet cons_as k_mont k_roof rub_lps rub_iaw
53|c_glue|fhswf_ot isas lab_oa rub_ac|dbm fhswf_lf lab_food lab_wasser lab_wp rub_ptt
54|c_cast|cons_fund en_agentur fhswf_tt tud_tt|cons_dig cons_efa ing_h2
55|c_sens|fhdo_mst fhdo_tt fhswf_et fhswf_tt hsbo_st ims rub_ac rub_tt tud_tt|cons_fund fhdo fhswf hsbo hsbo_bi hsbo_mt hsg ieg rub_hgi thga tud_irf umsicht uwh uwh_ges uwh_wifu
56|c_cnc4|fhdo_ft fhdo_kt fhdo_tt fhswf hsbo_tt rub thga tud_tt|ad_b2b c_robot fhdo fhdo_log fhswf_tbw hsbo_bi k_emb rub_isse tud uwh uwh_wifu
57|c_hydr|cons_succ feu_gr uwh_wifu|fhswf_rt tud_eam tud_rst
58|c_galv|ad_film ad_messe en_agentur hr_az hr_talent wf_do|ad_ruhr c_oven cons_as ing_ens
59|c_drive|ad_b2b ad_messe ad_ruhr fhdo_de k_schrein|ad_mb baua fhdo_at hsbo_wiwi lab_mess rub_iaw sw_web tud_cni tud_ips tud_mkt wf_bo
60|c_recy|sw_ai sw_vis tud_irf tud_ki|fhdo_at fhswf_rt ing_sps tud_apt tud_ls14 umsicht
61|c_pl1|c_am2 c_tool c_tool2 fhdo_ft fhswf_kt|c_am1 c_cnc5 c_eldev c_elec hsbo_wzm ing_kon k_serv2 rub_lps sw_erp2 tud tud_isf tud_wpt umsicht_kw fhdo_kt lab_kst
62|c_med|isst_dw|isst
63|c_robot|iml_pl rub_lps tud_ips tud_itpl|ad_druck c_cnc1 c_med cons_dig fhswf_ut ing_cae ing_cfd ing_fem ing_hyd ing_sps isst_hc k_roof rub_fvt rub_leat sw_iot sw_sim tud_flw tud_isf tud_iul
64|k_serv2|c_cnc1 c_cnc4 c_hydr|c_am3 ing_hyd k_hydr k_kaelte k_serv1
65|c_laser|c_sheet c_steel c_weld k_metal k_schl|c_pl1 c_robot fhswf_lf ing_stat lab_mpz lab_zfp edu_bz
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

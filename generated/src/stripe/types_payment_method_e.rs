// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_eps` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodEps {
    /// The customer's bank. Should be one of `arzte_und_apotheker_bank`, `austrian_anadi_bank_ag`, `bank_austria`, `bankhaus_carl_spangler`, `bankhaus_schelhammer_und_schattera_ag`, `bawag_psk_ag`, `bks_bank_ag`, `brull_kallmus_bank_ag`, `btv_vier_lander_bank`, `capital_bank_grawe_gruppe_ag`, `dolomitenbank`, `easybank_ag`, `erste_bank_und_sparkassen`, `hypo_alpeadriabank_international_ag`, `hypo_noe_lb_fur_niederosterreich_u_wien`, `hypo_oberosterreich_salzburg_steiermark`, `hypo_tirol_bank_ag`, `hypo_vorarlberg_bank_ag`, `hypo_bank_burgenland_aktiengesellschaft`, `marchfelder_bank`, `oberbank_ag`, `raiffeisen_bankengruppe_osterreich`, `schoellerbank_ag`, `sparda_bank_wien`, `volksbank_gruppe`, `volkskreditbank_ag`, or `vr_bank_braunau`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<PaymentMethodEpsBank>>,
}

crate::runtime::string_enum! {
    /// The customer's bank. Should be one of `arzte_und_apotheker_bank`, `austrian_anadi_bank_ag`, `bank_austria`, `bankhaus_carl_spangler`, `bankhaus_schelhammer_und_schattera_ag`, `bawag_psk_ag`, `bks_bank_ag`, `brull_kallmus_bank_ag`, `btv_vier_lander_bank`, `capital_bank_grawe_gruppe_ag`, `dolomitenbank`, `easybank_ag`, `erste_bank_und_sparkassen`, `hypo_alpeadriabank_international_ag`, `hypo_noe_lb_fur_niederosterreich_u_wien`, `hypo_oberosterreich_salzburg_steiermark`, `hypo_tirol_bank_ag`, `hypo_vorarlberg_bank_ag`, `hypo_bank_burgenland_aktiengesellschaft`, `marchfelder_bank`, `oberbank_ag`, `raiffeisen_bankengruppe_osterreich`, `schoellerbank_ag`, `sparda_bank_wien`, `volksbank_gruppe`, `volkskreditbank_ag`, or `vr_bank_braunau`.
    pub enum PaymentMethodEpsBank {
        ArzteUndApothekerBank = "arzte_und_apotheker_bank",
        AustrianAnadiBankAg = "austrian_anadi_bank_ag",
        BankAustria = "bank_austria",
        BankhausCarlSpangler = "bankhaus_carl_spangler",
        BankhausSchelhammerUndSchatteraAg = "bankhaus_schelhammer_und_schattera_ag",
        BawagPskAg = "bawag_psk_ag",
        BksBankAg = "bks_bank_ag",
        BrullKallmusBankAg = "brull_kallmus_bank_ag",
        BtvVierLanderBank = "btv_vier_lander_bank",
        CapitalBankGraweGruppeAg = "capital_bank_grawe_gruppe_ag",
        Dolomitenbank = "dolomitenbank",
        EasybankAg = "easybank_ag",
        ErsteBankUndSparkassen = "erste_bank_und_sparkassen",
        HypoAlpeadriabankInternationalAg = "hypo_alpeadriabank_international_ag",
        HypoBankBurgenlandAktiengesellschaft = "hypo_bank_burgenland_aktiengesellschaft",
        HypoNoeLbFurNiederosterreichUWien = "hypo_noe_lb_fur_niederosterreich_u_wien",
        HypoOberosterreichSalzburgSteiermark = "hypo_oberosterreich_salzburg_steiermark",
        HypoTirolBankAg = "hypo_tirol_bank_ag",
        HypoVorarlbergBankAg = "hypo_vorarlberg_bank_ag",
        MarchfelderBank = "marchfelder_bank",
        OberbankAg = "oberbank_ag",
        RaiffeisenBankengruppeOsterreich = "raiffeisen_bankengruppe_osterreich",
        SchoellerbankAg = "schoellerbank_ag",
        SpardaBankWien = "sparda_bank_wien",
        VolksbankGruppe = "volksbank_gruppe",
        VolkskreditbankAg = "volkskreditbank_ag",
        VrBankBraunau = "vr_bank_braunau",
        ..Unknown
    }
}

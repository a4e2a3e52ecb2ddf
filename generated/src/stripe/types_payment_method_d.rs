// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_details` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PaymentMethodDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ach_credit_transfer: Option<PaymentMethodDetailsAchCreditTransfer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ach_debit: Option<PaymentMethodDetailsAchDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PaymentMethodDetailsAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PaymentMethodDetailsAfterpayClearpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PaymentFlowsPrivatePaymentMethodsAlipayDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PaymentMethodDetailsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PaymentMethodDetailsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PaymentMethodDetailsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PaymentMethodDetailsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PaymentMethodDetailsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<PaymentMethodDetailsCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PaymentMethodDetailsEps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PaymentMethodDetailsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PaymentMethodDetailsGiropay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PaymentMethodDetailsGrabpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PaymentMethodDetailsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PaymentMethodDetailsInteracPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PaymentMethodDetailsKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PaymentMethodDetailsKonbini>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multibanco: Option<PaymentMethodDetailsMultibanco>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PaymentMethodDetailsOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PaymentMethodDetailsP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PaymentMethodDetailsPaynow>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PaymentMethodDetailsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PaymentMethodDetailsSofort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stripe_account: Option<PaymentMethodDetailsStripeAccount>,
    /// The type of transaction-specific details of the payment method used in the payment, one of `ach_credit_transfer`, `ach_debit`, `acss_debit`, `alipay`, `au_becs_debit`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`, `stripe_account`, or `wechat`.
    /// An additional hash is included on `payment_method_details` with a name matching this value.
    /// It contains information specific to the payment method.
    pub r#type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PaymentMethodDetailsUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat: Option<PaymentMethodDetailsWechat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PaymentMethodDetailsWechatPay>,
}

/// The `payment_method_details_ach_credit_transfer` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsAchCreditTransfer {
    /// Account number to transfer funds to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub account_number: Option<Option<String>>,
    /// Name of the bank associated with the routing number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Routing transit number for the bank account to transfer funds to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub routing_number: Option<Option<String>>,
    /// SWIFT code of the bank associated with the routing number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub swift_code: Option<Option<String>>,
}

/// The `payment_method_details_ach_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsAchDebit {
    /// Type of entity that holds the account. This can be either `individual` or `company`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub account_holder_type: Option<
        Option<PaymentMethodDetailsAchDebitAccountHolderType>,
    >,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Two-letter ISO code representing the country the bank account is located in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// Routing transit number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub routing_number: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// Type of entity that holds the account. This can be either `individual` or `company`.
    pub enum PaymentMethodDetailsAchDebitAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

/// The `payment_method_details_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsAcssDebit {
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Institution number of the bank account
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub institution_number: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// ID of the mandate used to make this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// Transit number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transit_number: Option<Option<String>>,
}

/// The `payment_method_details_afterpay_clearpay` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsAfterpayClearpay {
    /// Order identifier shown to the merchant in Afterpay’s online portal.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reference: Option<Option<String>>,
}

/// The `payment_method_details_au_becs_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsAuBecsDebit {
    /// Bank-State-Branch number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bsb_number: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// ID of the mandate used to make this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
}

/// The `payment_method_details_bacs_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsBacsDebit {
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// ID of the mandate used to make this payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub mandate: Option<Option<String>>,
    /// Sort code of the bank account. (e.g., `10-20-30`)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub sort_code: Option<Option<String>>,
}

/// The `payment_method_details_bancontact` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsBancontact {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Bank Identifier Code of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<String>>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit_mandate: Option<
        Option<crate::runtime::Expandable<Mandate>>,
    >,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub iban_last4: Option<Option<String>>,
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub preferred_language: Option<
        Option<PaymentMethodDetailsBancontactPreferredLanguage>,
    >,
    /// Owner's verified full name. Values are verified or provided by Bancontact directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    pub enum PaymentMethodDetailsBancontactPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// The `payment_method_details_boleto` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsBoleto {
    /// The tax ID of the customer (CPF for individuals consumers or CNPJ for businesses consumers)
    pub tax_id: String,
}

/// The `payment_method_details_card` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCard {
    /// Card brand. Can be `amex`, `diners`, `discover`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub brand: Option<Option<String>>,
    /// Check results by Card networks on Card address and CVC at time of payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub checks: Option<Option<PaymentMethodDetailsCardChecks>>,
    /// Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Two-digit number representing the card's expiration month.
    pub exp_month: i64,
    /// Four-digit number representing the card's expiration year.
    pub exp_year: i64,
    /// Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.
    ///
    /// *Starting May 1, 2021, card fingerprint in India for Connect will change to allow two fingerprints for the same card --- one for India and one for the rest of the world.*
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub funding: Option<Option<String>>,
    /// Installment details for this payment (Mexico only).
    ///
    /// For more information, see the [installments integration guide](https://stripe.com/docs/payments/installments).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub installments: Option<Option<PaymentMethodDetailsCardInstallments>>,
    /// The last four digits of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// ID of the mandate used to make this payment or created by it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub mandate: Option<Option<String>>,
    /// Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub network: Option<Option<String>>,
    /// Populated if this transaction used 3D Secure authentication.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub three_d_secure: Option<Option<ThreeDSecureDetails>>,
    /// If this Card is part of a card wallet, this contains the details of the card wallet.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub wallet: Option<Option<PaymentMethodDetailsCardWallet>>,
}

/// The `payment_method_details_card_checks` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardChecks {
    /// If a address line1 was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub address_line1_check: Option<Option<String>>,
    /// If a address postal code was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub address_postal_code_check: Option<Option<String>>,
    /// If a CVC was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cvc_check: Option<Option<String>>,
}

/// The `payment_method_details_card_installments` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardInstallments {
    /// Installment plan selected for the payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub plan: Option<Option<PaymentMethodDetailsCardInstallmentsPlan>>,
}

/// The `payment_method_details_card_installments_plan` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardInstallmentsPlan {
    /// For `fixed_count` installment plans, this is the number of installment payments your customer will make to their credit card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub count: Option<Option<i64>>,
    /// For `fixed_count` installment plans, this is the interval between installment payments your customer will make to their credit card.
    /// One of `month`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub interval: Option<Option<PaymentMethodDetailsCardInstallmentsPlanInterval>>,
    /// Type of installment plan, one of `fixed_count`.
    pub r#type: PaymentMethodDetailsCardInstallmentsPlanType,
}

crate::runtime::string_enum! {
    /// For `fixed_count` installment plans, this is the interval between installment payments your customer will make to their credit card.
    /// One of `month`.
    pub enum PaymentMethodDetailsCardInstallmentsPlanInterval {
        Month = "month",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Type of installment plan, one of `fixed_count`.
    pub enum PaymentMethodDetailsCardInstallmentsPlanType {
        FixedCount = "fixed_count",
        ..Unknown
    }
}

/// The `payment_method_details_card_present` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardPresent {
    /// The authorized amount
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub amount_authorized: Option<Option<i64>>,
    /// Card brand. Can be `amex`, `diners`, `discover`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub brand: Option<Option<String>>,
    /// When using manual capture, a future timestamp after which the charge will be automatically refunded if uncaptured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_before: Option<i64>,
    /// The cardholder name as read from the card, in [ISO 7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include alphanumeric characters, special characters and first/last name separator (`/`). In some cases, the cardholder name may not be available depending on how the issuer has configured the card. Cardholder name is typically not available on swipe or contactless payments, such as those made with Apple Pay and Google Pay.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cardholder_name: Option<Option<String>>,
    /// Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Authorization response cryptogram.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub emv_auth_data: Option<Option<String>>,
    /// Two-digit number representing the card's expiration month.
    pub exp_month: i64,
    /// Four-digit number representing the card's expiration year.
    pub exp_year: i64,
    /// Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.
    ///
    /// *Starting May 1, 2021, card fingerprint in India for Connect will change to allow two fingerprints for the same card --- one for India and one for the rest of the world.*
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub funding: Option<Option<String>>,
    /// ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_card: Option<Option<String>>,
    /// Whether this [PaymentIntent](https://stripe.com/docs/api/payment_intents) is eligible for incremental authorizations. Request support using [request_incremental_authorization_support] /docs/api/payment_intents/create#create_payment_intent-payment_method_options-card_present-request_incremental_authorization_support.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub incremental_authorization_supported: Option<Option<bool>>,
    /// The last four digits of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub network: Option<Option<String>>,
    /// Defines whether the authorized amount can be over-captured or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub overcapture_supported: Option<Option<bool>>,
    /// How card details were read in this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub read_method: Option<Option<PaymentMethodDetailsCardPresentReadMethod>>,
    /// A collection of fields required to be displayed on receipts. Only required for EMV transactions.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub receipt: Option<Option<PaymentMethodDetailsCardPresentReceipt>>,
}

crate::runtime::string_enum! {
    /// How card details were read in this transaction.
    pub enum PaymentMethodDetailsCardPresentReadMethod {
        ContactEmv = "contact_emv",
        ContactlessEmv = "contactless_emv",
        ContactlessMagstripeMode = "contactless_magstripe_mode",
        MagneticStripeFallback = "magnetic_stripe_fallback",
        MagneticStripeTrack2 = "magnetic_stripe_track2",
        ..Unknown
    }
}

/// The `payment_method_details_card_present_receipt` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardPresentReceipt {
    /// The type of account being debited or credited
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_type: Option<PaymentMethodDetailsCardPresentReceiptAccountType>,
    /// EMV tag 9F26, cryptogram generated by the integrated circuit chip.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub application_cryptogram: Option<Option<String>>,
    /// Mnenomic of the Application Identifier.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub application_preferred_name: Option<Option<String>>,
    /// Identifier for this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub authorization_code: Option<Option<String>>,
    /// EMV tag 8A. A code returned by the card issuer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub authorization_response_code: Option<Option<String>>,
    /// How the cardholder verified ownership of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cardholder_verification_method: Option<Option<String>>,
    /// EMV tag 84. Similar to the application identifier stored on the integrated circuit chip.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub dedicated_file_name: Option<Option<String>>,
    /// The outcome of a series of EMV functions performed by the card reader.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub terminal_verification_results: Option<Option<String>>,
    /// An indication of various EMV functions performed during the transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_status_information: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// The type of account being debited or credited
    pub enum PaymentMethodDetailsCardPresentReceiptAccountType {
        Checking = "checking",
        Credit = "credit",
        Prepaid = "prepaid",
        Unknown = "unknown",
        ..Unknown2
    }
}

/// The `payment_method_details_card_wallet` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PaymentMethodDetailsCardWallet {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amex_express_checkout: Option<PaymentMethodDetailsCardWalletAmexExpressCheckout>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apple_pay: Option<PaymentMethodDetailsCardWalletApplePay>,
    /// (For tokenized numbers only.) The last four digits of the device account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub dynamic_last4: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub google_pay: Option<PaymentMethodDetailsCardWalletGooglePay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub masterpass: Option<PaymentMethodDetailsCardWalletMasterpass>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samsung_pay: Option<PaymentMethodDetailsCardWalletSamsungPay>,
    /// The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, or `visa_checkout`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type.
    pub r#type: PaymentMethodDetailsCardWalletType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visa_checkout: Option<PaymentMethodDetailsCardWalletVisaCheckout>,
}

crate::runtime::string_enum! {
    /// The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, or `visa_checkout`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type.
    pub enum PaymentMethodDetailsCardWalletType {
        AmexExpressCheckout = "amex_express_checkout",
        ApplePay = "apple_pay",
        GooglePay = "google_pay",
        Masterpass = "masterpass",
        SamsungPay = "samsung_pay",
        VisaCheckout = "visa_checkout",
        ..Unknown
    }
}

/// The `payment_method_details_card_wallet_amex_express_checkout` schema.
pub type PaymentMethodDetailsCardWalletAmexExpressCheckout = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `payment_method_details_card_wallet_apple_pay` schema.
pub type PaymentMethodDetailsCardWalletApplePay = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `payment_method_details_card_wallet_google_pay` schema.
pub type PaymentMethodDetailsCardWalletGooglePay = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `payment_method_details_card_wallet_masterpass` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardWalletMasterpass {
    /// Owner's verified billing address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub billing_address: Option<Option<Address>>,
    /// Owner's verified email. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub email: Option<Option<String>>,
    /// Owner's verified full name. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub name: Option<Option<String>>,
    /// Owner's verified shipping address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub shipping_address: Option<Option<Address>>,
}

/// The `payment_method_details_card_wallet_samsung_pay` schema.
pub type PaymentMethodDetailsCardWalletSamsungPay = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `payment_method_details_card_wallet_visa_checkout` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsCardWalletVisaCheckout {
    /// Owner's verified billing address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub billing_address: Option<Option<Address>>,
    /// Owner's verified email. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub email: Option<Option<String>>,
    /// Owner's verified full name. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub name: Option<Option<String>>,
    /// Owner's verified shipping address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub shipping_address: Option<Option<Address>>,
}

/// The `payment_method_details_eps` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsEps {
    /// The customer's bank. Should be one of `arzte_und_apotheker_bank`, `austrian_anadi_bank_ag`, `bank_austria`, `bankhaus_carl_spangler`, `bankhaus_schelhammer_und_schattera_ag`, `bawag_psk_ag`, `bks_bank_ag`, `brull_kallmus_bank_ag`, `btv_vier_lander_bank`, `capital_bank_grawe_gruppe_ag`, `dolomitenbank`, `easybank_ag`, `erste_bank_und_sparkassen`, `hypo_alpeadriabank_international_ag`, `hypo_noe_lb_fur_niederosterreich_u_wien`, `hypo_oberosterreich_salzburg_steiermark`, `hypo_tirol_bank_ag`, `hypo_vorarlberg_bank_ag`, `hypo_bank_burgenland_aktiengesellschaft`, `marchfelder_bank`, `oberbank_ag`, `raiffeisen_bankengruppe_osterreich`, `schoellerbank_ag`, `sparda_bank_wien`, `volksbank_gruppe`, `volkskreditbank_ag`, or `vr_bank_braunau`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<PaymentMethodDetailsEpsBank>>,
    /// Owner's verified full name. Values are verified or provided by EPS directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    /// EPS rarely provides this information so the attribute is usually empty.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// The customer's bank. Should be one of `arzte_und_apotheker_bank`, `austrian_anadi_bank_ag`, `bank_austria`, `bankhaus_carl_spangler`, `bankhaus_schelhammer_und_schattera_ag`, `bawag_psk_ag`, `bks_bank_ag`, `brull_kallmus_bank_ag`, `btv_vier_lander_bank`, `capital_bank_grawe_gruppe_ag`, `dolomitenbank`, `easybank_ag`, `erste_bank_und_sparkassen`, `hypo_alpeadriabank_international_ag`, `hypo_noe_lb_fur_niederosterreich_u_wien`, `hypo_oberosterreich_salzburg_steiermark`, `hypo_tirol_bank_ag`, `hypo_vorarlberg_bank_ag`, `hypo_bank_burgenland_aktiengesellschaft`, `marchfelder_bank`, `oberbank_ag`, `raiffeisen_bankengruppe_osterreich`, `schoellerbank_ag`, `sparda_bank_wien`, `volksbank_gruppe`, `volkskreditbank_ag`, or `vr_bank_braunau`.
    pub enum PaymentMethodDetailsEpsBank {
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

/// The `payment_method_details_fpx` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsFpx {
    /// The customer's bank. Can be one of `affin_bank`, `agrobank`, `alliance_bank`, `ambank`, `bank_islam`, `bank_muamalat`, `bank_rakyat`, `bsn`, `cimb`, `hong_leong_bank`, `hsbc`, `kfh`, `maybank2u`, `ocbc`, `public_bank`, `rhb`, `standard_chartered`, `uob`, `deutsche_bank`, `maybank2e`, or `pb_enterprise`.
    pub bank: PaymentMethodDetailsFpxBank,
    /// Unique transaction id generated by FPX for every request from the merchant
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_id: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// The customer's bank. Can be one of `affin_bank`, `agrobank`, `alliance_bank`, `ambank`, `bank_islam`, `bank_muamalat`, `bank_rakyat`, `bsn`, `cimb`, `hong_leong_bank`, `hsbc`, `kfh`, `maybank2u`, `ocbc`, `public_bank`, `rhb`, `standard_chartered`, `uob`, `deutsche_bank`, `maybank2e`, or `pb_enterprise`.
    pub enum PaymentMethodDetailsFpxBank {
        AffinBank = "affin_bank",
        Agrobank = "agrobank",
        AllianceBank = "alliance_bank",
        Ambank = "ambank",
        BankIslam = "bank_islam",
        BankMuamalat = "bank_muamalat",
        BankRakyat = "bank_rakyat",
        Bsn = "bsn",
        Cimb = "cimb",
        DeutscheBank = "deutsche_bank",
        HongLeongBank = "hong_leong_bank",
        Hsbc = "hsbc",
        Kfh = "kfh",
        Maybank2e = "maybank2e",
        Maybank2u = "maybank2u",
        Ocbc = "ocbc",
        PbEnterprise = "pb_enterprise",
        PublicBank = "public_bank",
        Rhb = "rhb",
        StandardChartered = "standard_chartered",
        Uob = "uob",
        ..Unknown
    }
}

/// The `payment_method_details_giropay` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsGiropay {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Bank Identifier Code of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<String>>,
    /// Owner's verified full name. Values are verified or provided by Giropay directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    /// Giropay rarely provides this information so the attribute is usually empty.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

/// The `payment_method_details_grabpay` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsGrabpay {
    /// Unique transaction id generated by GrabPay
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_id: Option<Option<String>>,
}

/// The `payment_method_details_ideal` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsIdeal {
    /// The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<PaymentMethodDetailsIdealBank>>,
    /// The Bank Identifier Code of the customer's bank.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<PaymentMethodDetailsIdealBic>>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit_mandate: Option<
        Option<crate::runtime::Expandable<Mandate>>,
    >,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub iban_last4: Option<Option<String>>,
    /// Owner's verified full name. Values are verified or provided by iDEAL directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    pub enum PaymentMethodDetailsIdealBank {
        AbnAmro = "abn_amro",
        AsnBank = "asn_bank",
        Bunq = "bunq",
        Handelsbanken = "handelsbanken",
        Ing = "ing",
        Knab = "knab",
        Moneyou = "moneyou",
        Rabobank = "rabobank",
        Regiobank = "regiobank",
        Revolut = "revolut",
        SnsBank = "sns_bank",
        TriodosBank = "triodos_bank",
        VanLanschot = "van_lanschot",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The Bank Identifier Code of the customer's bank.
    pub enum PaymentMethodDetailsIdealBic {
        Abnanl2a = "ABNANL2A",
        Asnbnl21 = "ASNBNL21",
        Bunqnl2a = "BUNQNL2A",
        Fvlbnl22 = "FVLBNL22",
        Handnl2a = "HANDNL2A",
        Ingbnl2a = "INGBNL2A",
        Knabnl2h = "KNABNL2H",
        Moyonl21 = "MOYONL21",
        Rabonl2u = "RABONL2U",
        Rbrbnl21 = "RBRBNL21",
        Revolt21 = "REVOLT21",
        Snsbnl2a = "SNSBNL2A",
        Trionl2u = "TRIONL2U",
        ..Unknown
    }
}

/// The `payment_method_details_interac_present` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsInteracPresent {
    /// Card brand. Can be `interac`, `mastercard` or `visa`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub brand: Option<Option<String>>,
    /// The cardholder name as read from the card, in [ISO 7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include alphanumeric characters, special characters and first/last name separator (`/`). In some cases, the cardholder name may not be available depending on how the issuer has configured the card. Cardholder name is typically not available on swipe or contactless payments, such as those made with Apple Pay and Google Pay.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cardholder_name: Option<Option<String>>,
    /// Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Authorization response cryptogram.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub emv_auth_data: Option<Option<String>>,
    /// Two-digit number representing the card's expiration month.
    pub exp_month: i64,
    /// Four-digit number representing the card's expiration year.
    pub exp_year: i64,
    /// Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.
    ///
    /// *Starting May 1, 2021, card fingerprint in India for Connect will change to allow two fingerprints for the same card --- one for India and one for the rest of the world.*
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub funding: Option<Option<String>>,
    /// ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_card: Option<Option<String>>,
    /// The last four digits of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub network: Option<Option<String>>,
    /// EMV tag 5F2D. Preferred languages specified by the integrated circuit chip.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub preferred_locales: Option<Option<Vec<String>>>,
    /// How card details were read in this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub read_method: Option<Option<PaymentMethodDetailsInteracPresentReadMethod>>,
    /// A collection of fields required to be displayed on receipts. Only required for EMV transactions.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub receipt: Option<Option<PaymentMethodDetailsInteracPresentReceipt>>,
}

crate::runtime::string_enum! {
    /// How card details were read in this transaction.
    pub enum PaymentMethodDetailsInteracPresentReadMethod {
        ContactEmv = "contact_emv",
        ContactlessEmv = "contactless_emv",
        ContactlessMagstripeMode = "contactless_magstripe_mode",
        MagneticStripeFallback = "magnetic_stripe_fallback",
        MagneticStripeTrack2 = "magnetic_stripe_track2",
        ..Unknown
    }
}

/// The `payment_method_details_interac_present_receipt` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsInteracPresentReceipt {
    /// The type of account being debited or credited
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_type: Option<PaymentDetailsInteracPresentReceiptAccountType>,
    /// EMV tag 9F26, cryptogram generated by the integrated circuit chip.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub application_cryptogram: Option<Option<String>>,
    /// Mnenomic of the Application Identifier.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub application_preferred_name: Option<Option<String>>,
    /// Identifier for this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub authorization_code: Option<Option<String>>,
    /// EMV tag 8A. A code returned by the card issuer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub authorization_response_code: Option<Option<String>>,
    /// How the cardholder verified ownership of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cardholder_verification_method: Option<Option<String>>,
    /// EMV tag 84. Similar to the application identifier stored on the integrated circuit chip.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub dedicated_file_name: Option<Option<String>>,
    /// The outcome of a series of EMV functions performed by the card reader.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub terminal_verification_results: Option<Option<String>>,
    /// An indication of various EMV functions performed during the transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_status_information: Option<Option<String>>,
}

/// The `payment_method_details_klarna` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsKlarna {
    /// The Klarna payment method used for this transaction.
    /// Can be one of `pay_later`, `pay_now`, `pay_with_financing`, or `pay_in_installments`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub payment_method_category: Option<Option<String>>,
    /// Preferred language of the Klarna authorization page that the customer is redirected to.
    /// Can be one of `de-AT`, `en-AT`, `nl-BE`, `fr-BE`, `en-BE`, `de-DE`, `en-DE`, `da-DK`, `en-DK`, `es-ES`, `en-ES`, `fi-FI`, `sv-FI`, `en-FI`, `en-GB`, `en-IE`, `it-IT`, `en-IT`, `nl-NL`, `en-NL`, `nb-NO`, `en-NO`, `sv-SE`, `en-SE`, `en-US`, `es-US`, `fr-FR`, or `en-FR`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub preferred_locale: Option<Option<String>>,
}

/// The `payment_method_details_konbini` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsKonbini {
    /// If the payment succeeded, this contains the details of the convenience store where the payment was completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub store: Option<Option<PaymentMethodDetailsKonbiniStore>>,
}

/// The `payment_method_details_konbini_store` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsKonbiniStore {
    /// The name of the convenience store chain where the payment was completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub chain: Option<Option<PaymentMethodDetailsKonbiniStoreChain>>,
}

crate::runtime::string_enum! {
    /// The name of the convenience store chain where the payment was completed.
    pub enum PaymentMethodDetailsKonbiniStoreChain {
        Familymart = "familymart",
        Lawson = "lawson",
        Ministop = "ministop",
        Seicomart = "seicomart",
        ..Unknown
    }
}

/// The `payment_method_details_multibanco` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsMultibanco {
    /// Entity number associated with this Multibanco payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub entity: Option<Option<String>>,
    /// Reference number associated with this Multibanco payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reference: Option<Option<String>>,
}

/// The `payment_method_details_oxxo` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsOxxo {
    /// OXXO reference number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub number: Option<Option<String>>,
}

/// The `payment_method_details_p24` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsP24 {
    /// The customer's bank. Can be one of `ing`, `citi_handlowy`, `tmobile_usbugi_bankowe`, `plus_bank`, `etransfer_pocztowy24`, `banki_spbdzielcze`, `bank_nowy_bfg_sa`, `getin_bank`, `blik`, `noble_pay`, `ideabank`, `envelobank`, `santander_przelew24`, `nest_przelew`, `mbank_mtransfer`, `inteligo`, `pbac_z_ipko`, `bnp_paribas`, `credit_agricole`, `toyota_bank`, `bank_pekao_sa`, `volkswagen_bank`, `bank_millennium`, `alior_bank`, or `boz`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<PaymentMethodDetailsP24Bank>>,
    /// Unique reference for this Przelewy24 payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reference: Option<Option<String>>,
    /// Owner's verified full name. Values are verified or provided by Przelewy24 directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    /// Przelewy24 rarely provides this information so the attribute is usually empty.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// The customer's bank. Can be one of `ing`, `citi_handlowy`, `tmobile_usbugi_bankowe`, `plus_bank`, `etransfer_pocztowy24`, `banki_spbdzielcze`, `bank_nowy_bfg_sa`, `getin_bank`, `blik`, `noble_pay`, `ideabank`, `envelobank`, `santander_przelew24`, `nest_przelew`, `mbank_mtransfer`, `inteligo`, `pbac_z_ipko`, `bnp_paribas`, `credit_agricole`, `toyota_bank`, `bank_pekao_sa`, `volkswagen_bank`, `bank_millennium`, `alior_bank`, or `boz`.
    pub enum PaymentMethodDetailsP24Bank {
        AliorBank = "alior_bank",
        BankMillennium = "bank_millennium",
        BankNowyBfgSa = "bank_nowy_bfg_sa",
        BankPekaoSa = "bank_pekao_sa",
        BankiSpbdzielcze = "banki_spbdzielcze",
        Blik = "blik",
        BnpParibas = "bnp_paribas",
        Boz = "boz",
        CitiHandlowy = "citi_handlowy",
        CreditAgricole = "credit_agricole",
        Envelobank = "envelobank",
        EtransferPocztowy24 = "etransfer_pocztowy24",
        GetinBank = "getin_bank",
        Ideabank = "ideabank",
        Ing = "ing",
        Inteligo = "inteligo",
        MbankMtransfer = "mbank_mtransfer",
        NestPrzelew = "nest_przelew",
        NoblePay = "noble_pay",
        PbacZIpko = "pbac_z_ipko",
        PlusBank = "plus_bank",
        SantanderPrzelew24 = "santander_przelew24",
        TmobileUsbugiBankowe = "tmobile_usbugi_bankowe",
        ToyotaBank = "toyota_bank",
        VolkswagenBank = "volkswagen_bank",
        ..Unknown
    }
}

/// The `payment_method_details_paynow` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsPaynow {
    /// Reference number associated with this PayNow payment
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reference: Option<Option<String>>,
}

/// The `payment_method_details_sepa_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsSepaDebit {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Branch code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub branch_code: Option<Option<String>>,
    /// Two-letter ISO code representing the country the bank account is located in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// ID of the mandate used to make this payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub mandate: Option<Option<String>>,
}

/// The `payment_method_details_sofort` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsSofort {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Bank Identifier Code of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<String>>,
    /// Two-letter ISO code representing the country the bank account is located in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this Charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit_mandate: Option<
        Option<crate::runtime::Expandable<Mandate>>,
    >,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub iban_last4: Option<Option<String>>,
    /// Preferred language of the SOFORT authorization page that the customer is redirected to.
    /// Can be one of `de`, `en`, `es`, `fr`, `it`, `nl`, or `pl`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub preferred_language: Option<Option<PaymentMethodDetailsSofortPreferredLanguage>>,
    /// Owner's verified full name. Values are verified or provided by SOFORT directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// Preferred language of the SOFORT authorization page that the customer is redirected to.
    /// Can be one of `de`, `en`, `es`, `fr`, `it`, `nl`, or `pl`
    pub enum PaymentMethodDetailsSofortPreferredLanguage {
        De = "de",
        En = "en",
        Es = "es",
        Fr = "fr",
        It = "it",
        Nl = "nl",
        Pl = "pl",
        ..Unknown
    }
}

/// The `payment_method_details_stripe_account` schema.
pub type PaymentMethodDetailsStripeAccount = serde_json::Map<String, serde_json::Value>;

/// The `payment_method_details_us_bank_account` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsUsBankAccount {
    /// Account holder type: individual or company.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub account_holder_type: Option<
        Option<PaymentMethodDetailsUsBankAccountAccountHolderType>,
    >,
    /// Account type: checkings or savings. Defaults to checking if omitted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub account_type: Option<Option<PaymentMethodDetailsUsBankAccountAccountType>>,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// Routing number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub routing_number: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// Account holder type: individual or company.
    pub enum PaymentMethodDetailsUsBankAccountAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Account type: checkings or savings. Defaults to checking if omitted.
    pub enum PaymentMethodDetailsUsBankAccountAccountType {
        Checking = "checking",
        Savings = "savings",
        ..Unknown
    }
}

/// The `payment_method_details_wechat` schema.
pub type PaymentMethodDetailsWechat = serde_json::Map<String, serde_json::Value>;

/// The `payment_method_details_wechat_pay` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDetailsWechatPay {
    /// Uniquely identifies this particular WeChat Pay account. You can use this attribute to check whether two WeChat accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Transaction ID of this particular WeChat Pay transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_id: Option<Option<String>>,
}

// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `fee` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Fee {
    /// Amount of the fee, in cents.
    pub amount: i64,
    /// ID of the Connect application that earned the fee.
    pub application: Option<String>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// Type of the fee, one of: `application_fee`, `stripe_fee` or `tax`.
    pub r#type: String,
}

runtime::decode! { Fee { amount, application, currency, description, r#type = "type" } }

/// `Application Fee Refund` objects allow you to refund an application fee that
/// has previously been created but not yet refunded. Funds will be refunded to
/// the Stripe account from which the fee was originally collected.
///
/// Related guide: [Refunding Application Fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee).
#[derive(Debug, Clone, PartialEq)]
pub struct FeeRefund {
    /// Amount, in %s.
    pub amount: i64,
    /// Balance transaction that describes the impact on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// ID of the application fee that was refunded.
    pub fee: runtime::Expandable<ApplicationFee>,
    /// Unique identifier for the object.
    pub id: String,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: FeeRefundObject,
}

runtime::decode! {
    FeeRefund {
        amount, balance_transaction, created, currency, fee, id, metadata, object,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum FeeRefundObject {
        FeeRefund = "fee_refund",
        ..Unknown
    }
}

/// This is an object representing a file hosted on Stripe's servers. The
/// file may have been uploaded by yourself using the [create file](https://stripe.com/docs/api#create_file)
/// request (for example, when uploading dispute evidence) or it may have
/// been created by Stripe (for example, the results of a [Sigma scheduled
/// query](#scheduled_queries)).
///
/// Related guide: [File Upload Guide](https://stripe.com/docs/file-upload).
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The time at which the file expires and is no longer available in epoch seconds.
    pub expires_at: Option<i64>,
    /// A filename for the file, suitable for saving to a filesystem.
    pub filename: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// A list of [file links](https://stripe.com/docs/api#file_links) that point at this file.
    pub links: Option<FileLinks>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: FileObject,
    /// The [purpose](https://stripe.com/docs/file-upload#uploading-a-file) of the uploaded file.
    pub purpose: FilePurpose,
    /// The size in bytes of the file object.
    pub size: i64,
    /// A user friendly title for the document.
    pub title: Option<String>,
    /// The type of the file returned (e.g., `csv`, `pdf`, `jpg`, or `png`).
    pub r#type: Option<String>,
    /// The URL from which the file can be downloaded using your live secret API key.
    pub url: Option<String>,
}

runtime::decode! {
    File {
        created, expires_at, filename, id, links, object, purpose, size, title, r#type = "type",
        url,
    }
}

/// A list of [file links](https://stripe.com/docs/api#file_links) that point at this file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileLinks {
    /// Details about each object.
    pub data: Vec<FileLink>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { FileLinks { data, has_more, object, url } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub enum FileLinksObject {
        List = "list",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum FileObject {
        File = "file",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The [purpose](https://stripe.com/docs/file-upload#uploading-a-file) of the uploaded file.
    pub enum FilePurpose {
        AccountRequirement = "account_requirement",
        AdditionalVerification = "additional_verification",
        BusinessIcon = "business_icon",
        BusinessLogo = "business_logo",
        CustomerSignature = "customer_signature",
        DisputeEvidence = "dispute_evidence",
        DocumentProviderIdentityDocument = "document_provider_identity_document",
        FinanceReportRun = "finance_report_run",
        IdentityDocument = "identity_document",
        IdentityDocumentDownloadable = "identity_document_downloadable",
        PciDocument = "pci_document",
        Selfie = "selfie",
        SigmaScheduledQuery = "sigma_scheduled_query",
        TaxDocumentUserUpload = "tax_document_user_upload",
        ..Unknown
    }
}

/// To share the contents of a `File` object with non-Stripe users, you can
/// create a `FileLink`. `FileLink`s contain a URL that can be used to
/// retrieve the contents of the file without authentication.
#[derive(Debug, Clone, PartialEq)]
pub struct FileLink {
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Whether this link is already expired.
    pub expired: bool,
    /// Time at which the link expires.
    pub expires_at: Option<i64>,
    /// The file object this link points to.
    pub file: runtime::Expandable<File>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: FileLinkObject,
    /// The publicly accessible URL to download the file.
    pub url: Option<String>,
}

runtime::decode! {
    FileLink {
        created, expired, expires_at, file, id, livemode, metadata, object, url,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum FileLinkObject {
        FileLink = "file_link",
        ..Unknown
    }
}

impl runtime::Identified for FeeRefund {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for File {
    fn id(&self) -> &str {
        &self.id
    }
}

// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCard {
    /// The brand of the card.
    pub brand: String,
    /// The reason why the card was canceled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cancellation_reason: Option<Option<IssuingCardCancellationReason>>,
    /// An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.
    ///
    /// Related guide: [How to create a Cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
    pub cardholder: IssuingCardholder,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The card's CVC. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cvc: Option<String>,
    /// The expiration month of the card.
    pub exp_month: i64,
    /// The expiration year of the card.
    pub exp_year: i64,
    /// Unique identifier for the object.
    pub id: String,
    /// The last 4 digits of the card number.
    pub last4: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The full unredacted card number. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingCardObject,
    /// The latest card that replaces this card, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub replaced_by: Option<Option<crate::runtime::Expandable<IssuingCard>>>,
    /// The card this card replaces, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub replacement_for: Option<Option<crate::runtime::Expandable<IssuingCard>>>,
    /// The reason why the previous card needed to be replaced.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub replacement_reason: Option<Option<IssuingCardReplacementReason>>,
    /// Where and how the card will be shipped.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub shipping: Option<Option<IssuingCardShipping>>,
    pub spending_controls: IssuingCardAuthorizationControls,
    /// Whether authorizations can be approved on this card.
    pub status: IssuingCardStatus,
    /// The type of the card.
    pub r#type: IssuingCardType,
    /// Information relating to digital wallets (like Apple Pay and Google Pay).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub wallets: Option<Option<IssuingCardWallets>>,
}

crate::runtime::string_enum! {
    /// The reason why the card was canceled.
    pub enum IssuingCardCancellationReason {
        Lost = "lost",
        Stolen = "stolen",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingCardObject {
        IssuingCard = "issuing.card",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The reason why the previous card needed to be replaced.
    pub enum IssuingCardReplacementReason {
        Damaged = "damaged",
        Expired = "expired",
        Lost = "lost",
        Stolen = "stolen",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Whether authorizations can be approved on this card.
    pub enum IssuingCardStatus {
        Active = "active",
        Canceled = "canceled",
        Inactive = "inactive",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The type of the card.
    pub enum IssuingCardType {
        Physical = "physical",
        Virtual = "virtual",
        ..Unknown
    }
}

/// An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.
///
/// Related guide: [How to create a Cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardholder {
    pub billing: IssuingCardholderAddress,
    /// Additional information about a `company` cardholder.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub company: Option<Option<IssuingCardholderCompany>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The cardholder's email address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub email: Option<Option<String>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Additional information about an `individual` cardholder.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub individual: Option<Option<IssuingCardholderIndividual>>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The cardholder's name. This will be printed on cards issued to them.
    pub name: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingCardholderObject,
    /// The cardholder's phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub phone_number: Option<Option<String>>,
    pub requirements: IssuingCardholderRequirements,
    /// Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub spending_controls: Option<Option<IssuingCardholderAuthorizationControls>>,
    /// Specifies whether to permit authorizations on this cardholder's cards.
    pub status: IssuingCardholderStatus,
    /// One of `individual` or `company`.
    pub r#type: IssuingCardholderType,
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingCardholderObject {
        IssuingCardholder = "issuing.cardholder",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Specifies whether to permit authorizations on this cardholder's cards.
    pub enum IssuingCardholderStatus {
        Active = "active",
        Blocked = "blocked",
        Inactive = "inactive",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// One of `individual` or `company`.
    pub enum IssuingCardholderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

/// The `issuing_card_apple_pay` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardApplePay {
    /// Apple Pay Eligibility
    pub eligible: bool,
    /// Reason the card is ineligible for Apple Pay
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub ineligible_reason: Option<Option<IssuingCardApplePayIneligibleReason>>,
}

crate::runtime::string_enum! {
    /// Reason the card is ineligible for Apple Pay
    pub enum IssuingCardApplePayIneligibleReason {
        MissingAgreement = "missing_agreement",
        MissingCardholderContact = "missing_cardholder_contact",
        UnsupportedRegion = "unsupported_region",
        ..Unknown
    }
}

/// The `issuing_card_authorization_controls` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardAuthorizationControls {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub allowed_categories: Option<
        Option<Vec<IssuingAuthorizationControlsAllowedCategoriesItem>>,
    >,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub blocked_categories: Option<
        Option<Vec<IssuingAuthorizationControlsBlockedCategoriesItem>>,
    >,
    /// Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub spending_limits: Option<Option<Vec<IssuingCardSpendingLimit>>>,
    /// Currency of the amounts within `spending_limits`. Always the same as the currency of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub spending_limits_currency: Option<Option<String>>,
}

/// The `issuing_card_google_pay` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardGooglePay {
    /// Google Pay Eligibility
    pub eligible: bool,
    /// Reason the card is ineligible for Google Pay
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub ineligible_reason: Option<Option<IssuingCardGooglePayIneligibleReason>>,
}

crate::runtime::string_enum! {
    /// Reason the card is ineligible for Google Pay
    pub enum IssuingCardGooglePayIneligibleReason {
        MissingAgreement = "missing_agreement",
        MissingCardholderContact = "missing_cardholder_contact",
        UnsupportedRegion = "unsupported_region",
        ..Unknown
    }
}

/// The `issuing_card_shipping` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardShipping {
    pub address: Address,
    /// The delivery company that shipped a card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub carrier: Option<Option<IssuingCardShippingCarrier>>,
    /// A unix timestamp representing a best estimate of when the card will be delivered.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub eta: Option<Option<i64>>,
    /// Recipient name.
    pub name: String,
    /// Shipment service, such as `standard` or `express`.
    pub service: IssuingCardShippingService,
    /// The delivery status of the card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub status: Option<Option<IssuingCardShippingStatus>>,
    /// A tracking number for a card shipment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub tracking_number: Option<Option<String>>,
    /// A link to the shipping carrier's site where you can view detailed information about a card shipment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub tracking_url: Option<Option<String>>,
    /// Packaging options.
    pub r#type: IssuingCardShippingType,
}

crate::runtime::string_enum! {
    /// The delivery company that shipped a card.
    pub enum IssuingCardShippingCarrier {
        Dhl = "dhl",
        Fedex = "fedex",
        RoyalMail = "royal_mail",
        Usps = "usps",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Shipment service, such as `standard` or `express`.
    pub enum IssuingCardShippingService {
        Express = "express",
        Priority = "priority",
        Standard = "standard",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The delivery status of the card.
    pub enum IssuingCardShippingStatus {
        Canceled = "canceled",
        Delivered = "delivered",
        Failure = "failure",
        Pending = "pending",
        Returned = "returned",
        Shipped = "shipped",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Packaging options.
    pub enum IssuingCardShippingType {
        Bulk = "bulk",
        Individual = "individual",
        ..Unknown
    }
}

/// The `issuing_card_spending_limit` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardSpendingLimit {
    /// Maximum amount allowed to spend per interval.
    pub amount: i64,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub categories: Option<Option<Vec<IssuingCardSpendingLimitCategoriesItem>>>,
    /// Interval (or event) to which the amount applies.
    pub interval: IssuingCardSpendingLimitInterval,
}

crate::runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    pub enum IssuingCardSpendingLimitCategoriesItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Interval (or event) to which the amount applies.
    pub enum IssuingCardSpendingLimitInterval {
        AllTime = "all_time",
        Daily = "daily",
        Monthly = "monthly",
        PerAuthorization = "per_authorization",
        Weekly = "weekly",
        Yearly = "yearly",
        ..Unknown
    }
}

/// The `issuing_card_wallets` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardWallets {
    pub apple_pay: IssuingCardApplePay,
    pub google_pay: IssuingCardGooglePay,
    /// Unique identifier for a card used with digital wallets
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub primary_account_identifier: Option<Option<String>>,
}

/// The `issuing_cardholder_address` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardholderAddress {
    pub address: Address,
}

/// The `issuing_cardholder_authorization_controls` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderAuthorizationControls {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub allowed_categories: Option<
        Option<Vec<IssuingCardholderAuthorizationControlsAllowedCategoriesItem>>,
    >,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub blocked_categories: Option<
        Option<Vec<IssuingCardholderAuthorizationControlsBlockedCategoriesItem>>,
    >,
    /// Limit spending with amount-based rules that apply across this cardholder's cards.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub spending_limits: Option<Option<Vec<IssuingCardholderSpendingLimit>>>,
    /// Currency of the amounts within `spending_limits`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub spending_limits_currency: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    pub enum IssuingCardholderAuthorizationControlsAllowedCategoriesItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    pub enum IssuingCardholderAuthorizationControlsBlockedCategoriesItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

/// The `issuing_cardholder_company` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderCompany {
    /// Whether the company's business ID number was provided.
    pub tax_id_provided: bool,
}

/// The `issuing_cardholder_id_document` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderIdDocument {
    /// The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub back: Option<Option<crate::runtime::Expandable<File>>>,
    /// The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub front: Option<Option<crate::runtime::Expandable<File>>>,
}

/// The `issuing_cardholder_individual` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderIndividual {
    /// The date of birth of this cardholder.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub dob: Option<Option<IssuingCardholderIndividualDob>>,
    /// The first name of this cardholder.
    pub first_name: String,
    /// The last name of this cardholder.
    pub last_name: String,
    /// Government-issued ID document for this cardholder.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verification: Option<Option<IssuingCardholderVerification>>,
}

/// The `issuing_cardholder_individual_dob` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderIndividualDob {
    /// The day of birth, between 1 and 31.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub day: Option<Option<i64>>,
    /// The month of birth, between 1 and 12.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub month: Option<Option<i64>>,
    /// The four-digit year of birth.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub year: Option<Option<i64>>,
}

/// The `issuing_cardholder_requirements` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderRequirements {
    /// If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub disabled_reason: Option<Option<IssuingCardholderRequirementsDisabledReason>>,
    /// Array of fields that need to be collected in order to verify and re-enable the cardholder.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub past_due: Option<Option<Vec<IssuingCardholderRequirementsPastDueItem>>>,
}

crate::runtime::string_enum! {
    /// If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason.
    pub enum IssuingCardholderRequirementsDisabledReason {
        Listed = "listed",
        RejectedListed = "rejected.listed",
        UnderReview = "under_review",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Array of fields that need to be collected in order to verify and re-enable the cardholder.
    pub enum IssuingCardholderRequirementsPastDueItem {
        CompanyTaxId = "company.tax_id",
        IndividualDobDay = "individual.dob.day",
        IndividualDobMonth = "individual.dob.month",
        IndividualDobYear = "individual.dob.year",
        IndividualFirstName = "individual.first_name",
        IndividualLastName = "individual.last_name",
        IndividualVerificationDocument = "individual.verification.document",
        ..Unknown
    }
}

/// The `issuing_cardholder_spending_limit` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderSpendingLimit {
    /// Maximum amount allowed to spend per interval.
    pub amount: i64,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub categories: Option<Option<Vec<IssuingCardholderSpendingLimitCategoriesItem>>>,
    /// Interval (or event) to which the amount applies.
    pub interval: IssuingCardholderSpendingLimitInterval,
}

crate::runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    pub enum IssuingCardholderSpendingLimitCategoriesItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Interval (or event) to which the amount applies.
    pub enum IssuingCardholderSpendingLimitInterval {
        AllTime = "all_time",
        Daily = "daily",
        Monthly = "monthly",
        PerAuthorization = "per_authorization",
        Weekly = "weekly",
        Yearly = "yearly",
        ..Unknown
    }
}

/// The `issuing_cardholder_verification` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderVerification {
    /// An identifying document, either a passport or local ID card.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub document: Option<Option<IssuingCardholderIdDocument>>,
}

impl crate::runtime::Identified for IssuingCard {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for IssuingCardholder {
    fn id(&self) -> &str {
        &self.id
    }
}

// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
/// object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
/// purchase to be completed successfully.
///
/// Related guide: [Issued Card Authorizations](https://stripe.com/docs/issuing/purchases/authorizations).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingAuthorization {
    /// The total amount that was authorized or rejected. This amount is in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub amount_details: Option<Option<IssuingAuthorizationAmountDetails>>,
    /// Whether the authorization has been approved.
    pub approved: bool,
    /// How the card details were provided.
    pub authorization_method: IssuingAuthorizationAuthorizationMethod,
    /// List of balance transactions associated with this authorization.
    pub balance_transactions: Vec<BalanceTransaction>,
    /// You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.
    pub card: IssuingCard,
    /// The cardholder to whom this authorization belongs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cardholder: Option<Option<crate::runtime::Expandable<IssuingCardholder>>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The currency that was presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub merchant_currency: String,
    pub merchant_data: IssuingAuthorizationMerchantData,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingAuthorizationObject,
    /// The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub pending_request: Option<Option<IssuingAuthorizationPendingRequest>>,
    /// History of every time `pending_request` was approved/denied, either by you directly or by Stripe (e.g. based on your `spending_controls`). If the merchant changes the authorization by performing an [incremental authorization](https://stripe.com/docs/issuing/purchases/authorizations), you can look at this field to see the previous requests for the authorization.
    pub request_history: Vec<IssuingAuthorizationRequest>,
    /// The current status of the authorization in its lifecycle.
    pub status: IssuingAuthorizationStatus,
    /// List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization.
    pub transactions: Vec<IssuingTransaction>,
    pub verification_data: IssuingAuthorizationVerificationData,
    /// The digital wallet used for this authorization. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub wallet: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// How the card details were provided.
    pub enum IssuingAuthorizationAuthorizationMethod {
        Chip = "chip",
        Contactless = "contactless",
        KeyedIn = "keyed_in",
        Online = "online",
        Swipe = "swipe",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingAuthorizationObject {
        IssuingAuthorization = "issuing.authorization",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The current status of the authorization in its lifecycle.
    pub enum IssuingAuthorizationStatus {
        Closed = "closed",
        Pending = "pending",
        Reversed = "reversed",
        ..Unknown
    }
}

/// The `issuing_authorization_amount_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationAmountDetails {
    /// The fee charged by the ATM for the cash withdrawal.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub atm_fee: Option<Option<i64>>,
}

/// The `issuing_authorization_merchant_data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationMerchantData {
    /// A categorization of the seller's type of business. See our [merchant categories guide](https://stripe.com/docs/issuing/merchant-categories) for a list of possible values.
    pub category: String,
    /// The merchant category code for the seller’s business
    pub category_code: String,
    /// City where the seller is located
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub city: Option<Option<String>>,
    /// Country where the seller is located
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Name of the seller
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub name: Option<Option<String>>,
    /// Identifier assigned to the seller by the card brand
    pub network_id: String,
    /// Postal code where the seller is located
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub postal_code: Option<Option<String>>,
    /// State where the seller is located
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub state: Option<Option<String>>,
}

/// The `issuing_authorization_pending_request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationPendingRequest {
    /// The additional amount Stripe will hold if the authorization is approved, in the card's [currency](https://stripe.com/docs/api#issuing_authorization_object-pending-request-currency) and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub amount_details: Option<Option<IssuingAuthorizationAmountDetails>>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// If set `true`, you may provide [amount](https://stripe.com/docs/api/issuing/authorizations/approve#approve_issuing_authorization-amount) to control how much to hold for the authorization.
    pub is_amount_controllable: bool,
    /// The amount the merchant is requesting to be authorized in the `merchant_currency`. The amount is in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The local currency the merchant is requesting to authorize.
    pub merchant_currency: String,
}

/// The `issuing_authorization_request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationRequest {
    /// The `pending_request.amount` at the time of the request, presented in your card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Stripe held this amount from your account to fund the authorization if the request was approved.
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub amount_details: Option<Option<IssuingAuthorizationAmountDetails>>,
    /// Whether this request was approved.
    pub approved: bool,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The `pending_request.merchant_amount` at the time of the request, presented in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The currency that was collected by the merchant and presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub merchant_currency: String,
    /// The reason for the approval or decline.
    pub reason: IssuingAuthorizationRequestReason,
}

crate::runtime::string_enum! {
    /// The reason for the approval or decline.
    pub enum IssuingAuthorizationRequestReason {
        AccountDisabled = "account_disabled",
        CardActive = "card_active",
        CardInactive = "card_inactive",
        CardholderInactive = "cardholder_inactive",
        CardholderVerificationRequired = "cardholder_verification_required",
        InsufficientFunds = "insufficient_funds",
        NotAllowed = "not_allowed",
        SpendingControls = "spending_controls",
        SuspectedFraud = "suspected_fraud",
        VerificationFailed = "verification_failed",
        WebhookApproved = "webhook_approved",
        WebhookDeclined = "webhook_declined",
        WebhookTimeout = "webhook_timeout",
        ..Unknown
    }
}

/// The `issuing_authorization_verification_data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationVerificationData {
    /// Whether the cardholder provided an address first line and if it matched the cardholder’s `billing.address.line1`.
    pub address_line1_check: IssuingVerificationDataAddressLine1Check,
    /// Whether the cardholder provided a postal code and if it matched the cardholder’s `billing.address.postal_code`.
    pub address_postal_code_check: IssuingVerificationDataAddressPostalCodeCheck,
    /// Whether the cardholder provided a CVC and if it matched Stripe’s record.
    pub cvc_check: IssuingAuthorizationVerificationDataCvcCheck,
    /// Whether the cardholder provided an expiry date and if it matched Stripe’s record.
    pub expiry_check: IssuingAuthorizationVerificationDataExpiryCheck,
}

crate::runtime::string_enum! {
    /// Whether the cardholder provided a CVC and if it matched Stripe’s record.
    pub enum IssuingAuthorizationVerificationDataCvcCheck {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Whether the cardholder provided an expiry date and if it matched Stripe’s record.
    pub enum IssuingAuthorizationVerificationDataExpiryCheck {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    pub enum IssuingAuthorizationControlsAllowedCategoriesItem {
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
    pub enum IssuingAuthorizationControlsBlockedCategoriesItem {
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

impl crate::runtime::Identified for IssuingAuthorization {
    fn id(&self) -> &str {
        &self.id
    }
}

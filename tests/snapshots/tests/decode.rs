//! The generated types of the composition fixtures decode the JSON their documents describe,
//! and encode it back unchanged.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use snapshots::runtime::{Expandable, Operation};

/// Decodes `input` as `T`, checks that encoding gives `input` back, and returns the value.
fn round_trip<T: DeserializeOwned + Serialize>(input: &Value) -> T {
    let decoded: T = serde_json::from_value(input.clone())
        .unwrap_or_else(|error| panic!("{input} does not decode: {error}"));
    let encoded = serde_json::to_value(&decoded).expect("a decoded value encodes");
    assert_eq!(&encoded, input, "encoding changed the value");
    decoded
}

/// Decodes `input` as `T`, a type only ever received (so without `Serialize`).
fn decode<T: DeserializeOwned>(input: &Value) -> T {
    serde_json::from_value(input.clone())
        .unwrap_or_else(|error| panic!("{input} does not decode: {error}"))
}

mod nullable_references {
    use super::*;
    use snapshots::nullable_refs::{GetAssignee, GetAssigneeResponse, Issue, IssueLabelsItem};

    #[test]
    fn an_issue_with_null_assignee_and_milestone_and_mixed_labels() {
        let input = json!({
            "number": 7,
            "assignee": null,
            "milestone": null,
            "labels": ["bug", {"name": "x"}],
            "assignees": [null, {"login": "octocat", "id": 1}],
            "reactions": {"heart": null},
        });
        let issue: Issue = decode(&input);
        assert_eq!(issue.assignee, None);
        assert_eq!(issue.milestone, None);
        assert_eq!(issue.closed_by, None, "absent");
        match issue.labels.as_slice() {
            [
                IssueLabelsItem::String(name),
                IssueLabelsItem::Object(label),
            ] => {
                assert_eq!(name, "bug");
                assert_eq!(label.name.as_deref(), Some("x"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(issue.assignees[0], None);
        assert_eq!(issue.assignees[1].as_ref().map(|u| u.id), Some(1));
    }

    #[test]
    fn null_and_present_optional_references_of_a_received_type() {
        let input = json!({
            "number": 7,
            "assignee": {"login": "octocat", "id": 1},
            "milestone": {"title": "v1"},
            "closed_by": null,
            "reviewer": {"login": "hubot", "id": 2},
            "labels": [],
            "assignees": [],
        });
        let issue: Issue = decode(&input);
        assert_eq!(issue.closed_by, None);
        assert_eq!(issue.reviewer.map(|u| u.login), Some("hubot".into()));
        assert_eq!(issue.milestone.map(|m| m.title), Some("v1".into()));
    }

    #[test]
    fn a_nullable_response_body_decodes_null() {
        let response = http::Response::builder()
            .status(200)
            .body(b"null".to_vec())
            .unwrap();
        let decoded = GetAssignee::from_response(response).unwrap();
        assert_eq!(*decoded, GetAssigneeResponse::Ok(None));
    }
}

/// A component response whose body is any object is one type, named after the component, for
/// every operation answering with it.
mod free_form_component_responses {
    use super::*;
    use snapshots::responses_component_refs::{
        Accepted, ReindexAuthor, ReindexAuthorResponse, ReindexBook, ReindexBookResponse,
    };

    fn accepted(body: &str) -> http::Response<Vec<u8>> {
        http::Response::builder()
            .status(202)
            .body(body.as_bytes().to_vec())
            .unwrap()
    }

    #[test]
    fn any_object_decodes_into_the_shared_type() {
        let queued: Accepted = round_trip(&json!({"queued": true, "position": 3}));
        assert_eq!(queued["position"], 3);
        let book = ReindexBook::from_response(accepted("{}")).unwrap();
        assert_eq!(*book, ReindexBookResponse::Accepted(Accepted::new()));
        let author = ReindexAuthor::from_response(accepted(r#"{"queued":true}"#)).unwrap();
        let ReindexAuthorResponse::Accepted(body) = &*author else {
            panic!("{author:?}");
        };
        assert_eq!(body.get("queued"), Some(&Value::Bool(true)));
    }

    #[test]
    fn a_body_that_is_no_object_is_an_error() {
        assert!(ReindexBook::from_response(accepted("[1]")).is_err());
    }
}

/// The module of several files still names every item at `module_layout::Item`, and types
/// written in one file hold types written in another.
mod module_layout {
    use super::*;
    use snapshots::module_layout::{
        Address, GetOwner, GetOwnerResponse, Health, HealthResponse, Kind, ListKinds, ListPets,
        ListPetsResponse, Person, Pet, Status, Tag, Unused,
    };

    fn ok(body: &str) -> http::Response<Vec<u8>> {
        http::Response::builder()
            .status(200)
            .body(body.as_bytes().to_vec())
            .unwrap()
    }

    #[test]
    fn items_of_every_file_are_at_the_module_path() {
        let pets = ListPets::from_response(ok(
            r#"[{"name": "Rex", "tag": "dog", "home": {"city": "Oslo"}}]"#,
        ))
        .unwrap();
        let ListPetsResponse::Ok(pets) = pets.into_inner();
        let home: Option<&Address> = pets[0].home.as_ref();
        assert_eq!(home.and_then(|a| a.city.as_deref()), Some("Oslo"));
        assert_eq!(pets[0].tag, Some(Tag::Dog));

        let owner = GetOwner { pet_id: "1".into() };
        let request = owner.to_request("https://pets.example").unwrap();
        assert_eq!(request.uri(), "https://pets.example/pets/1/owner");
        let response = GetOwner::from_response(ok(r#"{"name": "Ann", "address": {}}"#)).unwrap();
        let GetOwnerResponse::Ok(Person { name, address }) = response.into_inner();
        assert_eq!(
            (name.as_deref(), address),
            (Some("Ann"), Some(Address::default()))
        );

        let response = Health::from_response(ok(r#"{"up": true}"#)).unwrap();
        assert_eq!(*response, HealthResponse::Ok(Status { up: Some(true) }));
        let _: (ListKinds, Kind, Unused, Pet) = (
            ListKinds {},
            decode(&json!({"name": "cat"})),
            round_trip(&json!({"note": "n"})),
            decode(&json!({"name": "Tom"})),
        );
    }
}

mod discriminated {
    use super::*;
    use snapshots::oneof_discriminator_implicit::Pet;
    use snapshots::oneof_discriminator_mapping::GetUserOkBody;

    fn user(view: Option<&str>, private: bool) -> Value {
        let mut user = json!({"login": "octocat", "id": 1});
        if let Some(view) = view {
            user["user_view_type"] = json!(view);
        }
        if private {
            user["private_repos"] = json!(3);
            user["two_factor"] = json!(true);
        }
        user
    }

    #[test]
    fn public_and_private_users_by_their_tag() {
        match decode(&user(Some("public"), false)) {
            GetUserOkBody::PublicUser(user) => assert_eq!(user.login, "octocat"),
            other => panic!("{other:?}"),
        }
        match decode(&user(Some("private"), true)) {
            GetUserOkBody::PrivateUser(user) => assert_eq!(user.private_repos, 3),
            other => panic!("{other:?}"),
        }
        // The tag decides, even where another variant would also match (members the public
        // view does not document are not kept).
        match serde_json::from_value(user(Some("public"), true)) {
            Ok(GetUserOkBody::PublicUser(_)) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_known_tag_with_a_body_that_does_not_match_is_an_error() {
        let error = serde_json::from_value::<GetUserOkBody>(user(Some("private"), false));
        assert!(error.is_err(), "{error:?}");
    }

    #[test]
    fn without_the_tag_the_most_specific_variant_that_matches_wins() {
        match decode(&user(None, true)) {
            GetUserOkBody::PrivateUser(_) => {}
            other => panic!("{other:?}"),
        }
        match decode(&user(None, false)) {
            GetUserOkBody::PublicUser(_) => {}
            other => panic!("{other:?}"),
        }
        let neither = json!({"login": "octocat"});
        assert_eq!(
            decode::<GetUserOkBody>(&neither),
            GetUserOkBody::Unknown(neither)
        );
    }

    #[test]
    fn an_unknown_tag_is_kept_whole() {
        let input = user(Some("enterprise"), false);
        let decoded: GetUserOkBody = decode(&input);
        assert_eq!(decoded, GetUserOkBody::Unknown(input));
    }

    #[test]
    fn implicit_tags_are_component_names() {
        match round_trip(&json!({"pet_type": "Cat", "lives": 9})) {
            Pet::Cat(cat) => assert_eq!(cat.lives, 9),
            other => panic!("{other:?}"),
        }
        let parrot = json!({"pet_type": "Parrot", "talks": true});
        assert_eq!(round_trip::<Pet>(&parrot), Pet::Unknown(parrot));
    }
}

mod expandable {
    use super::*;
    use snapshots::anyof_expandable::{Charge, ChargeCustomer};

    fn charge(customer: Value) -> Value {
        json!({"id": "ch_1", "amount": 500, "customer": customer, "balance_transaction": null})
    }

    #[test]
    fn a_customer_as_its_id() {
        let charge: Charge = decode(&charge(json!("cus_9")));
        let customer = charge.customer.expect("not null");
        assert_eq!(customer.as_id(), Some("cus_9"));
        assert_eq!(customer.id(), "cus_9");
        assert!(customer.as_object().is_none());
        assert_eq!(charge.balance_transaction, None);
    }

    #[test]
    fn a_customer_expanded() {
        let input = charge(json!({
            "id": "cus_9",
            "object": "customer",
            "email": null,
            "last_charge": "ch_0",
        }));
        let charge: Charge = decode(&input);
        let customer = charge.customer.expect("not null");
        assert_eq!(customer.id(), "cus_9");
        match customer.as_object() {
            Some(ChargeCustomer::Customer(customer)) => {
                assert_eq!(
                    customer.last_charge.as_ref().and_then(Expandable::as_id),
                    Some("ch_0")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_deleted_customer_expanded() {
        let input = charge(json!({"id": "cus_9", "object": "customer", "deleted": true}));
        let charge: Charge = decode(&input);
        match charge.customer.and_then(Expandable::into_object) {
            Some(ChargeCustomer::DeletedCustomer(customer)) => assert!(customer.deleted),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn expanded_objects_nest() {
        let inner = charge(json!("cus_9"));
        let input = charge(json!({
            "id": "cus_9",
            "object": "customer",
            "email": "a@example.com",
            "last_charge": inner,
        }));
        let charge: Charge = decode(&input);
        let Some(ChargeCustomer::Customer(customer)) =
            charge.customer.and_then(Expandable::into_object)
        else {
            panic!("the customer is expanded");
        };
        let last = customer.last_charge.and_then(Expandable::into_object);
        assert_eq!(last.map(|c| c.amount), Some(500));
    }
}

mod untagged {
    use super::*;
    use snapshots::oneof_untagged::{
        GetWorkflow, GetWorkflowWorkflowId, Workflow, WorkflowInputsItem, WorkflowLastRun,
        WorkflowTimeout,
    };

    #[test]
    fn the_variant_requiring_more_members_is_tried_first() {
        let input = json!({
            "last_run": {"id": 1, "status": "done", "steps": 4},
            "timeout": 30,
        });
        let workflow: Workflow = decode(&input);
        assert!(matches!(workflow.last_run, WorkflowLastRun::Detail(_)));
        let input = json!({"last_run": {"id": 1}, "timeout": 1.5});
        let workflow: Workflow = decode(&input);
        assert!(matches!(workflow.last_run, WorkflowLastRun::Summary(_)));
        assert_eq!(workflow.timeout, WorkflowTimeout::Number(1.5));
    }

    #[test]
    fn integers_before_numbers_and_strings_last() {
        let timeout = |value: Value| decode::<WorkflowTimeout>(&value);
        assert_eq!(timeout(json!(30)), WorkflowTimeout::Integer(30));
        assert_eq!(timeout(json!(0.5)), WorkflowTimeout::Number(0.5));
        assert_eq!(timeout(json!("1h")), WorkflowTimeout::String("1h".into()));
        let inputs: Vec<WorkflowInputsItem> = decode(&json!(["a", ["b", "c"], {"name": "d"}]));
        assert!(matches!(
            inputs.as_slice(),
            [
                WorkflowInputsItem::String(_),
                WorkflowInputsItem::List(_),
                WorkflowInputsItem::NamedInput(_),
            ]
        ));
    }

    #[test]
    fn a_union_of_scalars_is_a_path_parameter() {
        for (workflow_id, path) in [
            (GetWorkflowWorkflowId::Integer(42), "/workflows/42"),
            (
                GetWorkflowWorkflowId::String("ci.yml".into()),
                "/workflows/ci.yml",
            ),
        ] {
            let request = GetWorkflow { workflow_id }
                .to_request("https://api.example.com")
                .unwrap();
            assert_eq!(request.uri().path(), path);
        }
    }
}

mod other_rules {
    use super::*;
    use snapshots::allof_merge::{Document, DocumentKind};
    use snapshots::oneof_const_strings::{Budget, BudgetBudgetType};
    use snapshots::oneof_null_member::{Settings, SettingsFallback, SettingsLimit};
    use snapshots::recursion_unions::{Annotated, Expression};

    #[test]
    fn an_all_of_decodes_as_one_struct() {
        let input = json!({
            "created_at": "2024-01-01",
            "updated_at": "2024-01-02",
            "id": "doc_1",
            "kind": "document",
            "title": "Notes",
            "size": 12,
        });
        let document: Document = round_trip(&input);
        assert_eq!(document.kind, DocumentKind::Document);
        assert_eq!(document.size, Some(12));
    }

    #[test]
    fn constants_make_one_string_enum() {
        let budget: Budget = round_trip(&json!({"budget_type": "SkuPricing", "scope": "team"}));
        assert_eq!(budget.budget_type, BudgetBudgetType::SkuPricing);
        assert_eq!(budget.scope.map(|s| s.to_string()), Some("team".into()));
    }

    #[test]
    fn null_members_make_the_union_nullable() {
        let settings: Settings =
            round_trip(&json!({"theme": null, "limit": null, "fallback": "dark"}));
        assert_eq!((settings.theme, settings.limit), (None, None));
        assert_eq!(
            settings.fallback,
            Some(Some(SettingsFallback::String("dark".into())))
        );
        let settings: Settings =
            round_trip(&json!({"theme": {"name": "dark"}, "limit": 10, "fallback": null}));
        assert_eq!(settings.limit, Some(SettingsLimit::Integer(10)));
        assert_eq!(settings.fallback, Some(None));
    }

    #[test]
    fn recursion_through_a_union_and_a_merged_struct() {
        let input = json!({"operand": {"operand": {"value": 2.5}}});
        let expression: Expression = round_trip(&input);
        let Expression::Negation(outer) = expression else {
            panic!("a negation")
        };
        assert!(matches!(*outer.operand, Expression::Negation(_)));
        let annotated: Annotated = round_trip(&json!({
            "value": 1.0, "note": "b", "origin": {"value": 1.0, "note": "a"},
        }));
        assert_eq!(annotated.origin.map(|o| o.note), Some("a".into()));
    }
}

mod inheritance {
    use super::*;
    use snapshots::discriminator_inheritance::{Owner, Pet, Vehicle};

    #[test]
    fn a_base_used_as_a_field_decodes_as_the_subtype_its_tag_names() {
        let owner: Owner = round_trip(&json!({
            "pet": {"petType": "Dog", "name": "Rex", "packSize": 3},
            "former": [
                {"petType": "Cat", "name": "Tom", "huntingSkill": "lazy"},
                {"petType": "Lion", "name": "Leo", "prideSize": 12},
            ],
            "vehicle": {"powerSource": "human-energy", "topSpeed": 30},
        }));
        match &owner.pet {
            Pet::Dog(dog) => assert_eq!((dog.name.as_str(), dog.pack_size), ("Rex", 3)),
            other => panic!("{other:?}"),
        }
        match owner.former.as_deref() {
            Some([Pet::Cat(cat), Pet::Lion(lion)]) => {
                assert_eq!(cat.hunting_skill.as_deref(), Some("lazy"));
                assert_eq!(lion.pride_size, Some(12));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(owner.vehicle, Some(Vehicle::PedaledVehicle(_))));
    }

    #[test]
    fn an_explicit_mapping_and_an_unknown_tag() {
        let electric: Vehicle =
            round_trip(&json!({"powerSource": "electricity", "chargeSpeed": 5}));
        match electric {
            Vehicle::ElectricVehicle(vehicle) => assert_eq!(vehicle.charge_speed, Some(5)),
            other => panic!("{other:?}"),
        }
        let steam = json!({"powerSource": "steam", "topSpeed": 12});
        assert_eq!(
            round_trip::<Vehicle>(&steam),
            Vehicle::Unknown(steam.clone())
        );
        let base = json!({"petType": "Pet", "name": "Nameless"});
        assert_eq!(round_trip::<Pet>(&base), Pet::Unknown(base.clone()));
    }

    #[test]
    fn a_known_tag_with_a_body_that_does_not_match_is_an_error() {
        let dog_without_pack = json!({"petType": "Dog", "name": "Rex"});
        assert!(serde_json::from_value::<Pet>(dog_without_pack).is_err());
    }
}

mod responses_sans_io {
    use std::pin::Pin;
    use std::task::{Context, Poll, Waker};

    use futures_core::Stream;
    use snapshots::responses_binary::{GetInvoice, GetInvoiceOkContent, GetInvoiceResponse};
    use snapshots::responses_event_stream::{
        CreateMessage, CreateMessageOkContent, CreateMessageResponse, StreamCompletion,
        StreamCompletionResponse,
    };
    use snapshots::responses_headers::{ListIssues, ListIssuesResponse};
    use snapshots::runtime::{Operation, ResponseErrorKind};

    fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> http::Response<Vec<u8>> {
        let mut builder = http::Response::builder().status(status);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(body.to_vec()).unwrap()
    }

    /// Every item of a stream over a body at hand, which never makes it wait.
    fn drain<S: Stream + Unpin>(mut stream: S) -> Vec<S::Item> {
        let mut context = Context::from_waker(Waker::noop());
        let mut items = Vec::new();
        while let Poll::Ready(Some(item)) = Pin::new(&mut stream).poll_next(&mut context) {
            items.push(item);
        }
        items
    }

    #[test]
    fn a_whole_event_stream_decodes_into_its_events() {
        let body = b"data: {\"id\":\"1\",\"delta\":\"Hi\"}\n\ndata: {\"id\":\"2\",\"delta\":\"!\",\"finish_reason\":\"stop\"}\n\n";
        let decoded = StreamCompletion::from_response(response(200, &[], body)).unwrap();
        let StreamCompletionResponse::Ok(events) = decoded.into_inner() else {
            panic!("not the 200 variant")
        };
        let events: Vec<_> = drain(events).into_iter().map(Result::unwrap).collect();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].data.delta, "Hi");
        assert_eq!(events[1].data.finish_reason.as_deref(), Some("stop"));
        assert!(StreamCompletion::streams(
            &response(200, &[], b"").into_parts().0
        ));
        assert!(!StreamCompletion::streams(
            &response(429, &[], b"").into_parts().0
        ));
    }

    #[test]
    fn content_type_chooses_the_kind_of_body() {
        let sse = response(
            200,
            &[("content-type", "text/event-stream")],
            b"data: x\n\n",
        );
        assert!(CreateMessage::streams(
            &response(200, &[("content-type", "text/event-stream")], b"")
                .into_parts()
                .0
        ));
        assert!(!CreateMessage::streams(
            &response(200, &[("content-type", "application/json")], b"")
                .into_parts()
                .0
        ));
        match CreateMessage::from_response(sse).unwrap().into_inner() {
            CreateMessageResponse::Ok(CreateMessageOkContent::EventStream(events)) => {
                assert_eq!(drain(events)[0].as_ref().unwrap().data, "x");
            }
            other => panic!("{other:?}"),
        }
        let pdf = response(200, &[("content-type", "application/pdf")], b"%PDF-1.7");
        assert_eq!(
            *GetInvoice::from_response(pdf).unwrap(),
            GetInvoiceResponse::Ok(GetInvoiceOkContent::Bytes(b"%PDF-1.7".to_vec()))
        );
        let json = response(
            200,
            &[("content-type", "application/json")],
            br#"{"total": 3}"#,
        );
        match GetInvoice::from_response(json).unwrap().into_inner() {
            GetInvoiceResponse::Ok(GetInvoiceOkContent::Json(invoice)) => {
                assert_eq!(invoice.total, Some(3));
            }
            other => panic!("{other:?}"),
        }
        let xml = response(
            500,
            &[("content-type", "application/xml")],
            b"<code>E1</code>",
        );
        match GetInvoice::from_response(xml).unwrap().into_inner() {
            GetInvoiceResponse::Default { status, body } => {
                assert_eq!((status.as_u16(), body.as_str()), (500, "<code>E1</code>"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_missing_required_header_is_an_error_naming_it() {
        let error = ListIssues::from_response(response(200, &[], b"[]")).unwrap_err();
        match &error.kind {
            ResponseErrorKind::InvalidHeader(header) => assert_eq!(header.name, "x-request-id"),
            other => panic!("{other:?}"),
        }
        let ok = ListIssues::from_response(response(200, &[("x-request-id", "r")], b"[]"));
        assert!(matches!(
            ok.unwrap().into_inner(),
            ListIssuesResponse::Ok { ref body, ref headers } if body.is_empty() && headers.x_request_id == "r"
        ));
    }
}

mod empty_objects {
    use super::*;
    use snapshots::empty_objects::{EmptyObject, PaymentMethod, PaymentMethodKonbini};

    #[test]
    fn an_object_without_members_decodes_from_any_object() {
        let empty: PaymentMethodKonbini = decode(&json!({}));
        assert_eq!(empty, PaymentMethodKonbini {});
        let with_news: PaymentMethodKonbini =
            serde_json::from_value(json!({"store": "Lawson", "code": 7})).unwrap();
        assert_eq!(with_news, PaymentMethodKonbini {});
        let closed: EmptyObject = serde_json::from_value(json!({"note": "x"})).unwrap();
        assert_eq!(closed, EmptyObject {});
        // Not a unit struct, which would read and write `null`.
        assert!(serde_json::from_value::<PaymentMethodKonbini>(json!(null)).is_err());
    }

    #[test]
    fn a_payment_method_keeps_its_open_members_and_types_the_rest() {
        let method: PaymentMethod = decode(&json!({
            "id": "pm_1",
            "konbini": {},
            "metadata": {"order": 12},
            "visibility": "public",
            "aliases": ["a"],
            "payload": "raw",
        }));
        assert_eq!(method.konbini, PaymentMethodKonbini {});
        assert_eq!(method.metadata.unwrap()["order"], json!(12));
        assert_eq!(method.payload.as_deref(), Some("raw"));
    }
}

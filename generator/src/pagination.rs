//! Which operations come in pages, and how the next page is asked for: a vendor's
//! [`Pagination`] (its `vendor.toml`'s `[pagination]` table) checked against the lowered API,
//! which then carries an [`ir::Paging`] on each paginating operation.
//!
//! Two styles are known. `Link`: the next page is the `rel="next"` target of the response's
//! `Link` header (RFC 8288), as GitHub pages. `Cursor`: the response is an object with a list of
//! items and a flag saying more follow, and the next page is the operation again with a query
//! parameter set to a member of the last item, as Stripe pages (`has_more`, `starting_after`).
//!
//! The operations are those the table names, each of which must have the shape its style needs,
//! or, when it names none, those found to have it: for `Link`, a `200` response that documents a
//! `Link` header and has a JSON array body; for `Cursor`, the cursor parameter and a `200` body
//! of that object shape.

use crate::diagnostic::Error;
use crate::ir::{
    self, Api, Operation, ParameterLocation, ResponseBody, StatusMatch, Type, TypeKind,
};

/// How one vendor's lists are paginated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// Where it is configured (`specs/stripe/vendor.toml`), named in errors.
    pub source: String,
    pub style: Style,
    /// The `operationId`s that paginate; empty: those the document shows to.
    pub operations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Style {
    /// The next page is the target of the `Link` header's `rel="next"`.
    Link,
    /// The next page is the operation again with a cursor.
    Cursor(Cursor),
}

/// The members and parameter of cursor pagination, as the document spells them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The member of the page holding the items (`data`).
    pub items: String,
    /// The boolean member of the page saying more items follow (`has_more`).
    pub has_more: String,
    /// The query parameter naming the item to continue after (`starting_after`).
    pub cursor_param: String,
    /// The member of an item that the parameter takes (`id`).
    pub cursor_field: String,
}

/// Marks the paginating operations of `api`.
pub fn apply(api: &mut Api, pagination: &Pagination) -> Result<(), Error> {
    let found: Vec<(usize, ir::Paging)> = if pagination.operations.is_empty() {
        let found: Vec<_> = api
            .operations
            .iter()
            .enumerate()
            .filter_map(|(index, operation)| {
                Some((
                    index,
                    paging(api, operation, &pagination.style, false).ok()?,
                ))
            })
            .collect();
        if found.is_empty() {
            return Err(Error::new(
                &pagination.source,
                "/pagination",
                "no generated operation has the shape of this pagination; name the operations \
                 that paginate in `operations`",
            ));
        }
        found
    } else {
        let mut found = Vec::new();
        let mut problems = Vec::new();
        for (at, id) in pagination.operations.iter().enumerate() {
            let index = api
                .operations
                .iter()
                .position(|operation| operation.operation_id.as_deref() == Some(id.as_str()));
            let result = match index {
                Some(index) => paging(api, &api.operations[index], &pagination.style, true)
                    .map(|paging| (index, paging)),
                None => Err("it is not a generated operation (is it selected?)".to_owned()),
            };
            match result {
                Ok(paging) => found.push(paging),
                Err(why) => problems.push((at, format!("`{id}` cannot paginate: {why}"))),
            }
        }
        if let Some((at, _)) = problems.first() {
            let messages: Vec<String> = problems.iter().map(|(_, m)| m.clone()).collect();
            return Err(Error::new(
                &pagination.source,
                format!("/pagination/operations/{at}"),
                messages.join("; "),
            ));
        }
        found
    };
    for (index, paging) in found {
        api.operations[index].pagination = Some(paging);
    }
    Ok(())
}

/// How `operation` pages in `style`, or why it cannot. An operation the configuration `named`
/// need not document a `Link` header (many documents leave headers out).
fn paging(
    api: &Api,
    operation: &Operation,
    style: &Style,
    named: bool,
) -> Result<ir::Paging, String> {
    let (response, page) = operation
        .responses
        .iter()
        .enumerate()
        .find(|(_, response)| response.status == StatusMatch::Code(200))
        .ok_or("it documents no `200` response")?;
    let ResponseBody::Json(body) = &page.body else {
        return Err("its `200` response has no JSON body".to_owned());
    };
    match style {
        Style::Link => {
            let Type::List(item) = body else {
                return Err("its `200` response body is not an array".to_owned());
            };
            let documents_link = page.headers.as_ref().is_some_and(|headers| {
                headers
                    .fields
                    .iter()
                    .any(|header| header.wire_name.eq_ignore_ascii_case("link"))
            });
            if !named && !documents_link {
                return Err("its `200` response documents no `Link` header".to_owned());
            }
            Ok(ir::Paging {
                response,
                item: (**item).clone(),
                kind: ir::PagingKind::Link,
            })
        }
        Style::Cursor(cursor) => cursor_paging(api, operation, response, body, cursor),
    }
}

fn cursor_paging(
    api: &Api,
    operation: &Operation,
    response: usize,
    body: &Type,
    cursor: &Cursor,
) -> Result<ir::Paging, String> {
    let parameter = operation
        .parameters
        .iter()
        .find(|p| p.location == ParameterLocation::Query && p.wire_name == cursor.cursor_param)
        .ok_or_else(|| format!("it has no query parameter `{}`", cursor.cursor_param))?;
    if parameter.ty != Type::String {
        return Err(format!(
            "its parameter `{}` is not a string",
            cursor.cursor_param
        ));
    }
    let page = struct_fields(api, body)
        .ok_or("its `200` response body is not an object of named members")?;
    let items = required_field(page, &cursor.items, "the page")?;
    let Type::List(item) = &items.ty else {
        return Err(format!("the page's `{}` is not an array", cursor.items));
    };
    let has_more = required_field(page, &cursor.has_more, "the page")?;
    if has_more.ty != Type::Bool {
        return Err(format!("the page's `{}` is not a boolean", cursor.has_more));
    }
    let item_fields =
        struct_fields(api, item).ok_or("the page's items are not objects of named members")?;
    let cursor_field = required_field(item_fields, &cursor.cursor_field, "an item")?;
    if cursor_field.ty != Type::String {
        return Err(format!(
            "an item's `{}` is not a string",
            cursor.cursor_field
        ));
    }
    Ok(ir::Paging {
        response,
        item: (**item).clone(),
        kind: ir::PagingKind::Cursor {
            items: items.name.clone(),
            has_more: has_more.name.clone(),
            parameter: parameter.field.clone(),
            parameter_required: parameter.required,
            cursor_field: cursor_field.name.clone(),
            deprecated: items.deprecated
                || has_more.deprecated
                || cursor_field.deprecated
                || parameter.deprecated,
        },
    })
}

/// The fields of the struct `ty` names.
fn struct_fields<'a>(api: &'a Api, ty: &Type) -> Option<&'a [ir::Field]> {
    let Type::Named(id) = ty else { return None };
    match &api.def(*id).kind {
        TypeKind::Struct { fields, .. } => Some(fields),
        _ => None,
    }
}

/// The member `wire_name` of `fields`, which must be required, not nullable and not boxed.
fn required_field<'a>(
    fields: &'a [ir::Field],
    wire_name: &str,
    of: &str,
) -> Result<&'a ir::Field, String> {
    let field = fields
        .iter()
        .find(|field| field.wire_name == wire_name)
        .ok_or_else(|| format!("{of} has no member `{wire_name}`"))?;
    if !field.required || field.boxed || matches!(field.ty, Type::Nullable(_)) {
        return Err(format!("{of}'s `{wire_name}` is optional or nullable"));
    }
    Ok(field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, ModuleInput, pipeline};

    const DOCUMENT: &str = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /issues:
    get:
      operationId: listIssues
      responses:
        '200':
          description: ok
          headers: {Link: {schema: {type: string}}}
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Issue'}}
  /labels:
    get:
      operationId: listLabels
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /issues/{id}:
    get:
      operationId: getIssue
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Issue'}}}
  /charges:
    get:
      operationId: listCharges
      parameters: [{name: starting_after, in: query, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data, has_more]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Charge'}}
                  has_more: {type: boolean}
  /events:
    get:
      operationId: listEvents
      parameters: [{name: starting_after, in: query, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data, has_more]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Issue'}}
                  has_more: {type: boolean}
components:
  schemas:
    Issue: {type: object, properties: {number: {type: integer}}}
    Charge: {type: object, required: [id], properties: {id: {type: string}}}
"##;

    fn cursor() -> Style {
        Style::Cursor(Cursor {
            items: "data".to_owned(),
            has_more: "has_more".to_owned(),
            cursor_param: "starting_after".to_owned(),
            cursor_field: "id".to_owned(),
        })
    }

    /// The paginating operations, or the error's text.
    fn paginated(style: Style, operations: &[&str]) -> Result<Vec<String>, String> {
        let input = ModuleInput {
            module: "m".to_owned(),
            document: Document {
                file: "api.yaml".to_owned(),
                bytes: DOCUMENT.as_bytes().to_vec(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: Some(Pagination {
                source: "specs/m/vendor.toml".to_owned(),
                style,
                operations: operations.iter().map(|id| (*id).to_owned()).collect(),
            }),
            root: None,
        };
        let lowered = pipeline::lower_module(&input, &mut ()).map_err(|e| e.to_string())?;
        Ok(lowered
            .api
            .operations
            .iter()
            .filter(|operation| operation.pagination.is_some())
            .filter_map(|operation| operation.operation_id.clone())
            .collect())
    }

    #[test]
    fn link_pagination_is_found_where_a_list_documents_a_link_header() {
        // `listLabels` is a list too, but says nothing of links.
        assert_eq!(
            paginated(Style::Link, &[]),
            Ok(vec!["listIssues".to_owned()])
        );
    }

    #[test]
    fn cursor_pagination_is_found_where_the_parameter_and_the_page_shape_are() {
        // `listEvents` has the parameter, but its items have no `id`.
        assert_eq!(paginated(cursor(), &[]), Ok(vec!["listCharges".to_owned()]));
    }

    #[test]
    fn named_operations_are_taken_when_they_can_paginate() {
        // A named list need not document its `Link` header.
        assert_eq!(
            paginated(Style::Link, &["listLabels"]),
            Ok(vec!["listLabels".to_owned()])
        );
        assert_eq!(
            paginated(cursor(), &["listCharges"]),
            Ok(vec!["listCharges".to_owned()])
        );
    }

    #[test]
    fn a_named_operation_that_cannot_paginate_is_an_error_at_its_entry() {
        assert_eq!(
            paginated(Style::Link, &["listIssues", "getIssue"]),
            Err(
                "specs/m/vendor.toml at #/pagination/operations/1: `getIssue` cannot paginate: \
                 its `200` response body is not an array"
                    .to_owned()
            )
        );
        assert_eq!(
            paginated(cursor(), &["listIssues", "listEvents", "nope"]),
            Err(
                "specs/m/vendor.toml at #/pagination/operations/0: `listIssues` cannot \
                 paginate: it has no query parameter `starting_after`; `listEvents` cannot \
                 paginate: an item has no member `id`; `nope` cannot paginate: it is not a \
                 generated operation (is it selected?)"
                    .to_owned()
            )
        );
    }

    #[test]
    fn a_pagination_that_finds_nothing_is_an_error() {
        let style = Style::Cursor(Cursor {
            cursor_param: "after".to_owned(),
            ..match cursor() {
                Style::Cursor(cursor) => cursor,
                Style::Link => unreachable!(),
            }
        });
        let error = paginated(style, &[]).unwrap_err();
        assert!(
            error.starts_with("specs/m/vendor.toml at #/pagination: no generated operation"),
            "{error}"
        );
    }
}

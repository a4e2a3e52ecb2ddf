//! Which ways each type crosses the wire, and so which serde impls it gets. Every type is
//! `Deserialize`: received ones are decoded, and callers may read what they send from JSON
//! too. Only a type a request sends is `Serialize`, and a type nothing uses (a component
//! schema no operation or webhook names) with every type it holds, as its use is unknown; an
//! alias nothing uses goes with the type it names.
//!
//! Writing only what is sent nearly halves what rustc compiles for a document like GitHub's,
//! where most types are only ever received. A type that only webhooks bring is written behind the
//! module's webhooks feature ([`webhooks_feature`]), so that a crate calling the API does not
//! compile the hundreds of payloads a webhook receiver decodes.

use super::types::MAX_ALIAS_DEPTH;
use crate::ir::{Api, Type, TypeId, TypeKind};

/// How one type is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Use {
    /// An operation's parameters or request body hold it.
    sent: bool,
    /// An operation's responses hold it.
    returned: bool,
    /// A webhook's body holds it.
    webhook: bool,
    /// A type nothing else uses holds it (or is it).
    unknown: bool,
}

impl Use {
    fn any(self) -> bool {
        self.sent || self.returned || self.webhook || self.unknown
    }
}

/// What a type's definition derives and offers, by its uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Wire {
    /// `Serialize`: a request sends it, or nothing uses it.
    pub(super) serialize: bool,
    /// `new` and setters: a struct a request sends.
    pub(super) built: bool,
}

/// The uses of every type of a module, by [`TypeId`] index.
#[derive(Debug)]
pub(super) struct Directions {
    uses: Vec<Use>,
}

impl Directions {
    pub(super) fn of(api: &Api) -> Directions {
        let mut uses = vec![Use::default(); api.types.len()];
        let sent = api.operations.iter().flat_map(|o| o.request_types());
        mark(api, sent, &mut uses, |u| &mut u.sent);
        let returned = api
            .operations
            .iter()
            .flat_map(|operation| &operation.responses)
            .flat_map(|response| response.types());
        mark(api, returned, &mut uses, |u| &mut u.returned);
        let payloads: Vec<Type> = api
            .webhook_payloads
            .iter()
            .map(|&id| Type::Named(id))
            .collect();
        mark(api, payloads.iter(), &mut uses, |u| &mut u.webhook);
        let unused: Vec<Type> = (0..api.types.len())
            .map(TypeId::new)
            .filter(|&id| !uses[id.index()].any() && !is_alias(api, id))
            .map(Type::Named)
            .collect();
        mark(api, unused.iter(), &mut uses, |u| &mut u.unknown);
        // An alias nothing uses is used as what it names is (twins left as aliases are).
        for index in 0..uses.len() {
            if !uses[index].any() {
                uses[index] = named_use(api, &uses, TypeId::new(index), 0);
            }
        }
        Directions { uses }
    }

    /// What the type's definition derives and offers.
    pub(super) fn wire(&self, api: &Api, id: TypeId) -> Wire {
        let Use {
            sent,
            returned,
            webhook,
            unknown,
        } = self.uses[id.index()];
        Wire {
            serialize: sent || unknown || !(returned || webhook),
            // Only structs a request may send get a builder: callers do not build what they
            // only receive.
            built: sent && matches!(api.def(id).kind, TypeKind::Struct { .. }),
        }
    }

    /// Whether only webhooks bring the type.
    pub(super) fn webhook_only(&self, id: TypeId) -> bool {
        let Use {
            sent,
            returned,
            webhook,
            unknown,
        } = self.uses[id.index()];
        webhook && !sent && !returned && !unknown
    }

    /// Whether some type is brought only by webhooks, so that the module has a webhooks feature.
    pub(super) fn has_webhook_only(&self) -> bool {
        (0..self.uses.len()).any(|index| self.webhook_only(TypeId::new(index)))
    }
}

/// The cargo feature that compiles a module's webhook-only types: `<module>-webhooks`, which no
/// module's own feature can be (module names have no `-`).
pub fn webhooks_feature(module: &str) -> String {
    format!("{module}-webhooks")
}

fn is_alias(api: &Api, id: TypeId) -> bool {
    matches!(api.def(id).kind, TypeKind::Alias(_))
}

/// The use of the type an unused alias names (inside lists, maps and `Option`s too), through
/// aliases up to a bound (alias cycles are refused in lowering).
fn named_use(api: &Api, uses: &[Use], id: TypeId, depth: usize) -> Use {
    let TypeKind::Alias(ty) = &api.def(id).kind else {
        return uses[id.index()];
    };
    let mut ty = ty;
    let target = loop {
        match ty {
            Type::Named(target) => break *target,
            Type::List(inner)
            | Type::Map(inner)
            | Type::Nullable(inner)
            | Type::Expandable(inner) => ty = inner,
            _ => return uses[id.index()],
        }
    };
    let used = uses[target.index()];
    if used.any() || depth >= MAX_ALIAS_DEPTH {
        used
    } else {
        named_use(api, uses, target, depth + 1)
    }
}

/// Marks, through `flag`, the types `roots` name and those they are made of.
fn mark<'a>(
    api: &'a Api,
    roots: impl Iterator<Item = &'a Type>,
    uses: &mut [Use],
    flag: impl Fn(&mut Use) -> &mut bool,
) {
    let mut pending: Vec<&Type> = roots.collect();
    while let Some(ty) = pending.pop() {
        match ty {
            Type::Named(id) => {
                let seen = flag(&mut uses[id.index()]);
                if !*seen {
                    *seen = true;
                    pending.extend(api.def(*id).kind.types());
                }
            }
            Type::List(inner)
            | Type::Map(inner)
            | Type::Nullable(inner)
            | Type::Expandable(inner) => pending.push(inner),
            _ => {}
        }
    }
}

// @generated from fixtures/recursion_mutual.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A person in the organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Employee {
    /// Full name.
    pub name: String,
    /// A team and its lead.
    pub team: Box<Team>,
}

runtime::decode! { Employee { name, team } }

/// A team and its lead.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Team {
    /// A person in the organisation.
    pub lead: Box<Employee>,
    /// The budget the team draws from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<Box<TeamBudget>>,
}

runtime::decode! { Team { lead, budget } }

/// The budget the team draws from.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct TeamBudget {
    /// A department, which owns budgets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Box<Department>>,
}

runtime::decode! { TeamBudget { owner } }

/// A department, which owns budgets.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Department {
    /// A team and its lead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_team: Option<Box<Team>>,
}

runtime::decode! { Department { head_team } }

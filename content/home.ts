// The home page's words. Every sentence comes from the article "Personal trainer vs coach".

export const home = {
  title: "We don’t just train clients—we coach athletes.",
  description:
    "Altus coaches: a leader who owns your results, looks at your whole life, and plans for goals that stick—not just someone counting your reps.",
  intro: [
    "If you’ve worked with Altus, you know we don’t just call ourselves personal trainers—we’re coaches.",
    "A coach is a leader, a project manager, and a strategist—not just someone counting your reps.",
  ],
  meaningHeading: "What being coached means",
  meaning: [
    {
      title: "Leadership",
      text: "A coach owns your journey: they take ownership of your results, plan for the long haul, and make adjustments to ensure you reach your full potential.",
    },
    {
      title: "Your whole life, not just workouts",
      text: "A coach looks at everything that affects performance and health: nutrition, lifestyle and habit formation, recovery and stress management, injury prevention and longevity.",
    },
    {
      title: "Goals that stick",
      text: "Not just losing weight, but keeping it off permanently. Not just building muscle, but optimizing performance for a lifetime. Not just getting stronger, but moving pain-free for decades.",
    },
    {
      title: "A long-term relationship",
      text: "Coaching is deeply personal and long-term. A coach checks in outside of training sessions, holds you accountable, adjusts programming based on your life, and is invested in your success beyond just workouts.",
    },
  ],
  promisesHeading: "Personal trainer or coach?",
  promises: [
    { trainer: "A personal trainer instructs.", coach: "A coach leads." },
    {
      trainer: "A personal trainer focuses on workouts.",
      coach: "A coach focuses on your entire life.",
    },
    { trainer: "A personal trainer follows a script.", coach: "A coach writes the playbook." },
  ],
  callHeading: "So, are you ready to be coached?",
  callText:
    "No matter where you’re starting, whether your goal is weight loss, strength, or peak performance, you deserve a leader who takes your success as seriously as you do.",
  callLabel: "Get coached",
  callHref: "/contact",
  articleLabel: "Personal trainer vs coach",
  articleHref: "/articles/personal-trainer-vs-coach",
  certificationsLabel: "The certifications behind coaching",
  certificationsHref: "/certifications",
};

"""Run-time resources shipped inside the wheel as console.resources."""
